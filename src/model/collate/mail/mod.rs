//! Mail decoding: the layers a mail program or a mailbox file wraps around
//! the text a person sent. Each is a pure function in its own file.

pub mod charset;
pub mod date;
pub mod encoded_word;
pub mod flowed;
pub mod headers;
pub mod html;
pub mod mbox;
pub mod mime;
pub mod quote;
pub mod quoted_printable;
pub mod text;
pub mod unwrap;
