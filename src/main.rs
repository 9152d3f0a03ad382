//! Entry point: only mounts the app.

fn main() {
    cimentoplastie::start();
}
