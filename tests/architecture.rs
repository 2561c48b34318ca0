//! The layers hold: components render and send actions; only the shell talks
//! to the browser, and only hooks call the shell.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Each `path:line: text` in `dir` where a line names one of `words`.
fn lines_naming(dir: &str, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in rust_files(Path::new(dir)) {
        let text = fs::read_to_string(&path).expect("a readable source file");
        for (i, line) in text.lines().enumerate() {
            if words.iter().any(|w| line.contains(w)) {
                found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
            }
        }
    }
    found
}

/// Where components live: the app's, and the collation page's.
const COMPONENT_FOLDERS: [&str; 2] = ["src/ui/components", "src/ui/collate/components"];

#[test]
fn components_name_no_browser_api_and_no_shell() {
    for folder in COMPONENT_FOLDERS {
        let leaks = lines_naming(folder, &["web_sys", "js_sys", "crate::shell", "wasm_bindgen"]);
        assert!(leaks.is_empty(), "components must reach the browser through hooks:\n{}", leaks.join("\n"));
    }
}

#[test]
fn each_collation_component_has_its_own_file() {
    for folder in ["src/ui/collate/components"] {
        for path in rust_files(Path::new(folder)) {
            let text = fs::read_to_string(&path).expect("a readable source file");
            let components = text.lines().filter(|l| l.trim() == "#[component]").count();
            assert!(components <= 1, "{}: {components} components in one file", path.display());
        }
    }
}

#[test]
fn the_model_names_no_browser_api_and_no_ui() {
    let leaks = lines_naming("src/model", &["web_sys", "js_sys", "wasm_bindgen", "yew", "crate::shell", "crate::ui"]);
    assert!(leaks.is_empty(), "the model is plain Rust, tested natively:\n{}", leaks.join("\n"));
}

#[test]
fn the_scanner_sees_a_leak_where_there_is_one() {
    let dir = std::env::temp_dir().join(format!("igf-architecture-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("a temporary folder");
    fs::write(dir.join("leaky.rs"), "use web_sys::HtmlElement;\n").expect("a temporary file");
    let found = lines_naming(dir.to_str().expect("a UTF-8 path"), &["web_sys"]);
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(found.len(), 1, "{found:?}");
}
