//! Search marks through the CSS Custom Highlight API: the browser paints them
//! over the text nodes as they are, so marking never changes the DOM, costs no
//! re-render, and leaves the text exactly as a screen reader reads it.

use super::dom;
use super::error::{describe, ShellError};
use js_sys::{Array, Function, Reflect};
use std::ops::Range;
use wasm_bindgen::{JsCast, JsValue};

/// The highlight's name, which the stylesheet styles as `::highlight(igf-search)`.
pub const NAME: &str = "igf-search";

/// `CSS.highlights`, or why there is none (browsers before 2023 or so).
fn registry() -> Result<JsValue, ShellError> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).map_err(|e| ShellError::Unsupported(describe(&e)))?;
    let registry = Reflect::get(&css, &"highlights".into()).map_err(|e| ShellError::Unsupported(describe(&e)))?;
    if registry.is_undefined() || registry.is_null() {
        return Err(ShellError::Unsupported("CSS.highlights".into()));
    }
    Ok(registry)
}

fn call(target: &JsValue, method: &str, args: &Array) -> Result<JsValue, ShellError> {
    let f: Function = Reflect::get(target, &method.into())
        .and_then(|f| f.dyn_into())
        .map_err(|e| ShellError::Unsupported(describe(&e)))?;
    f.apply(target, args).map_err(|e| ShellError::Unsupported(describe(&e)))
}

/// Marks these UTF-16 ranges of the first text node inside each element (by
/// id), replacing the previous marks. Elements or ranges that are not there
/// are skipped.
pub fn paint(marks: &[(String, Vec<Range<u32>>)]) -> Result<(), ShellError> {
    let registry = registry()?;
    let constructor = Reflect::get(&js_sys::global(), &"Highlight".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .ok_or_else(|| ShellError::Unsupported("Highlight".into()))?;
    let ranges = Array::new();
    for (id, spans) in marks {
        let Some(text) = dom::element(id).and_then(|e| e.first_child()) else { continue };
        if text.node_type() != web_sys::Node::TEXT_NODE {
            continue;
        }
        // Static ranges: a live `Range` would be updated by the browser at
        // every later DOM change until collected, slowing each keystroke more.
        for span in spans {
            if let Ok(range) =
                web_sys::StaticRange::new(&web_sys::StaticRangeInit::new(&text, span.end, &text, span.start))
            {
                ranges.push(&range);
            }
        }
    }
    let highlight = Reflect::construct(&constructor, &ranges).map_err(|e| ShellError::Unsupported(describe(&e)))?;
    call(&registry, "set", &Array::of2(&NAME.into(), &highlight)).map(|_| ())
}

/// Removes every search mark.
pub fn clear() -> Result<(), ShellError> {
    call(&registry()?, "delete", &Array::of1(&NAME.into())).map(|_| ())
}
