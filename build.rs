//! Compiles every `documents/*.txt` into the app, so adding a track's Messages is
//! dropping one file into that folder.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("documents");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> =
        fs::read_dir(dir).map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut out = String::from(
        "/// (file name, text) of every shipped Messages document.\npub const SOURCES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = fs::canonicalize(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("documents.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
