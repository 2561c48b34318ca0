//! Compiles every `documents/*.txt` into the app, so adding a track's Messages is
//! dropping one file into that folder. `IGF_EXTRA_DOCUMENTS=tests/fixtures`
//! adds the `.txt` files of another folder too: only the build the versions
//! end-to-end test serves sets it, to have a second version of a track.

use std::{env, fs, path::Path, path::PathBuf};

const EXTRA: &str = "IGF_EXTRA_DOCUMENTS";

/// The `.txt` files directly in `dir`, sorted by name.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> =
        fs::read_dir(dir).map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
}

fn main() {
    println!("cargo:rerun-if-env-changed={EXTRA}");
    let mut files = text_files(Path::new("documents"));
    if let Some(extra) = env::var_os(EXTRA).filter(|v| !v.is_empty()) {
        let extra = Path::new(&extra);
        assert!(extra.is_dir(), "{EXTRA}={} is not a folder", extra.display());
        files.extend(text_files(extra));
    }
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
