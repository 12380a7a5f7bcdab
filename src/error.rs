//! The one error type of the tool, and the one place where errors become exit codes
//! (the table in CLI-CONTRACT.md).

use crate::api::ApiError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Wrong or missing arguments or settings the user has to supply.
    #[error("{0}")]
    Usage(String),
    /// A confirmation was needed but could not be asked, or was declined.
    #[error("{0}")]
    ConfirmationNeeded(String),
    /// Credentials missing before any request was made.
    #[error("{0}")]
    AuthMissing(String),
    #[error(transparent)]
    Api(#[from] ApiError),
    /// Reading or writing local files (config, stores).
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    /// stdout was closed by the reader (`cmd | head`): not a failure.
    #[error("broken pipe")]
    BrokenPipe,
    /// A webhook signature does not verify (exit 10).
    #[error("{0}")]
    SignatureMismatch(String),
    /// `probe` saw no answer, or not the expected one (exit 12).
    #[error("probe failed: {0}")]
    ProbeFailed(String),
    /// `plan`: the account differs from the manifest (exit 11).
    #[error("{0}")]
    ChangesPending(String),
    #[error("interrupted")]
    Interrupted,
    /// `test`: a conversation flow failed (exit 12).
    #[error("{0}")]
    TestFailed(String),
    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    pub fn other(msg: impl Into<String>) -> Self {
        Error::Other(msg.into())
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// The process exit code, as fixed by the CLI contract.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::ConfirmationNeeded(_) => 3,
            Error::AuthMissing(_) => 4,
            Error::Api(e) => e.exit_code(),
            Error::BrokenPipe => 0,
            Error::SignatureMismatch(_) => 10,
            Error::ChangesPending(_) => 11,
            Error::ProbeFailed(_) => 12,
            Error::Interrupted => 130,
            Error::TestFailed(_) => 12,
            Error::Io { .. } | Error::Other(_) => 1,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::io("I/O error", e)
        }
    }
}
