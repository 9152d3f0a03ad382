//! Entry point of the reception desk's page (`?accueil`), a WebAssembly of its own: only starts it.

fn main() {
    cimentoplastie::start_desk();
}
