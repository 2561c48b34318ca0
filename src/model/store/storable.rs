use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::json::Json;

/// A record kept under its own key, inside an envelope naming its kind.
pub trait Storable: Sized + Clone {
    const KIND: &'static str;
    fn id(&self) -> &str;
    fn to_json(&self) -> Json;
    /// Reads the record, or names the first field that is wrong.
    fn from_json(v: &Json) -> Result<Self, String>;
}

impl Storable for Comment {
    const KIND: &'static str = "comment";
    fn id(&self) -> &str {
        &self.id
    }
    fn to_json(&self) -> Json {
        Comment::to_json(self)
    }
    fn from_json(v: &Json) -> Result<Self, String> {
        Comment::from_json(v)
    }
}

impl Storable for Commitment {
    const KIND: &'static str = "commitment";
    fn id(&self) -> &str {
        &self.id
    }
    fn to_json(&self) -> Json {
        Commitment::to_json(self)
    }
    fn from_json(v: &Json) -> Result<Self, String> {
        Commitment::from_json(v)
    }
}

/// Any draft, for code that handles both kinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    Comment(Comment),
    Commitment(Commitment),
}

impl Draft {
    pub fn id(&self) -> &str {
        match self {
            Draft::Comment(c) => &c.id,
            Draft::Commitment(c) => &c.id,
        }
    }

    /// When it was last changed, in milliseconds since 1970.
    pub fn updated(&self) -> i64 {
        match self {
            Draft::Comment(c) => c.updated,
            Draft::Commitment(c) => c.updated,
        }
    }

    /// Reads a draft of either kind from an envelope's kind and data.
    pub fn read(kind: &str, data: &Json) -> Option<Result<Draft, String>> {
        match kind {
            Comment::KIND => Some(Comment::from_json(data).map(Draft::Comment)),
            Commitment::KIND => Some(Commitment::from_json(data).map(Draft::Commitment)),
            _ => None,
        }
    }
}
