use super::error::{describe, ShellError};

/// Opens the browser's print dialog.
pub fn print() -> Result<(), ShellError> {
    web_sys::window().ok_or(ShellError::NoWindow)?.print().map_err(|e| ShellError::Print(describe(&e)))
}
