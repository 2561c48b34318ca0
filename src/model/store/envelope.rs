use crate::model::json::{self, Json};

/// The schema this version of the app writes.
///
/// History: 1 had no `rev` or `tab`, so it could not tell which of two tabs saved
/// last; 2 added both.
pub const SCHEMA: i64 = 2;

/// What wraps every stored record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// "comment", "commitment" or "profile".
    pub kind: String,
    /// Counts the saves of this record, across tabs.
    pub rev: i64,
    /// The tab that saved it last.
    pub tab: String,
    /// Milliseconds since 1970 (UTC).
    pub saved_at: i64,
    pub data: Json,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not JSON, or not an envelope: quarantined, never overwritten.
    Corrupt(String),
    /// Written by a newer version of the app: left exactly as it is.
    Newer(i64),
}

impl Envelope {
    pub fn to_text(&self) -> String {
        json::obj([
            ("schema", Json::Int(SCHEMA)),
            ("kind", json::str(&self.kind)),
            ("rev", Json::Int(self.rev)),
            ("tab", json::str(&self.tab)),
            ("savedAt", Json::Int(self.saved_at)),
            ("data", self.data.clone()),
        ])
        .to_text()
    }

    /// Reads an envelope of any schema up to [`SCHEMA`], migrating it forward.
    pub fn parse(text: &str) -> Result<Envelope, EnvelopeError> {
        let v = Json::parse(text).map_err(|e| EnvelopeError::Corrupt(e.to_string()))?;
        let schema =
            v.get("schema").and_then(Json::as_i64).ok_or_else(|| EnvelopeError::Corrupt("no schema version".into()))?;
        match schema {
            s if s > SCHEMA => Err(EnvelopeError::Newer(s)),
            1 => Ok(migrate_1_to_2(&v)?),
            2 => read_2(&v),
            s => Err(EnvelopeError::Corrupt(format!("unknown schema version {s}"))),
        }
    }
}

fn field<'a>(v: &'a Json, key: &str) -> Result<&'a Json, EnvelopeError> {
    v.get(key).ok_or_else(|| EnvelopeError::Corrupt(format!("no {key}")))
}

fn read_2(v: &Json) -> Result<Envelope, EnvelopeError> {
    let text = |k: &str| {
        field(v, k)?.as_str().map(str::to_owned).ok_or_else(|| EnvelopeError::Corrupt(format!("{k} is not text")))
    };
    let int = |k: &str| field(v, k)?.as_i64().ok_or_else(|| EnvelopeError::Corrupt(format!("{k} is not a number")));
    Ok(Envelope {
        kind: text("kind")?,
        rev: int("rev")?,
        tab: text("tab")?,
        saved_at: int("savedAt")?,
        data: field(v, "data")?.clone(),
    })
}

/// Schema 1 had no save counter or tab: start both fresh.
fn migrate_1_to_2(v: &Json) -> Result<Envelope, EnvelopeError> {
    let kind = field(v, "kind")?.as_str().ok_or_else(|| EnvelopeError::Corrupt("kind is not text".into()))?;
    let saved_at =
        field(v, "savedAt")?.as_i64().ok_or_else(|| EnvelopeError::Corrupt("savedAt is not a number".into()))?;
    Ok(Envelope { kind: kind.to_owned(), rev: 0, tab: String::new(), saved_at, data: field(v, "data")?.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_migrates() {
        let e = Envelope {
            kind: "comment".into(),
            rev: 3,
            tab: "t1".into(),
            saved_at: 42,
            data: json::obj([("a", Json::Int(1))]),
        };
        assert_eq!(Envelope::parse(&e.to_text()), Ok(e));
        let v1 = r#"{"schema":1,"kind":"comment","savedAt":7,"data":{"id":"c1"}}"#;
        let migrated = Envelope::parse(v1).unwrap();
        assert_eq!((migrated.rev, migrated.tab.as_str(), migrated.saved_at), (0, "", 7));
        assert_eq!(migrated.data.get("id").and_then(Json::as_str), Some("c1"));
        assert!(migrated.to_text().starts_with(r#"{"schema":2,"#));
    }

    #[test]
    fn tells_corrupt_from_newer() {
        assert_eq!(Envelope::parse(r#"{"schema":3,"whatever":true}"#), Err(EnvelopeError::Newer(3)));
        for bad in [
            "",
            "{",
            "null",
            r#"{"kind":"comment"}"#,
            r#"{"schema":0}"#,
            r#"{"schema":2,"kind":"comment"}"#,
            r#"{"schema":1,"kind":5,"savedAt":1,"data":{}}"#,
        ] {
            assert!(matches!(Envelope::parse(bad), Err(EnvelopeError::Corrupt(_))), "{bad}");
        }
    }
}
