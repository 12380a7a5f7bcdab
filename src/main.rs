fn main() {
    std::process::exit(chatwoot_bridge::main());
}
