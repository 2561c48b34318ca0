fn main() {
    igf_messages::ui::start();
}
