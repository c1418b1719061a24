//! The widget's WebAssembly entry point (built by trunk for `wasm32-unknown-unknown`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    cds_careers::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("cds-careers runs in a browser: build it with trunk (see the README)");
}
