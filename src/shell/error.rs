use std::fmt;

/// Everything the browser can refuse us.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShellError {
    /// There is no `window` or `document` (a worker, or a test harness).
    NoWindow,
    /// The page has no element with this id.
    NoElement(String),
    /// The Clipboard API is missing, or the browser refused to write to it.
    Clipboard(String),
    /// The browser refused to change the URL (a sandboxed or opaque-origin frame).
    History(String),
    /// The browser refused to start a download (a sandbox without `allow-downloads`).
    Download(String),
    /// A chosen file could not be read.
    File(String),
    /// The print dialog could not be opened (some sandboxed frames).
    Print(String),
    /// A file the app needs (a translation) could not be fetched or read.
    Fetch(String),
    /// The browser lacks an API the app would use (such as `CSS.highlights`).
    Unsupported(String),
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShellError::NoWindow => write!(f, "no browser window"),
            ShellError::NoElement(id) => write!(f, "no element with id {id}"),
            ShellError::Clipboard(why) => write!(f, "clipboard refused: {why}"),
            ShellError::History(why) => write!(f, "history refused: {why}"),
            ShellError::Download(why) => write!(f, "download refused: {why}"),
            ShellError::File(why) => write!(f, "file unreadable: {why}"),
            ShellError::Print(why) => write!(f, "print refused: {why}"),
            ShellError::Fetch(why) => write!(f, "fetch failed: {why}"),
            ShellError::Unsupported(what) => write!(f, "not supported here: {what}"),
        }
    }
}

/// A JS exception's message, for error values.
pub(crate) fn describe(value: &wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| js_sys::Reflect::get(value, &"message".into()).ok()?.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
