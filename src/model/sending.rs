//! Where a draft stands with sending: never sent, sent, or changed since.

/// A draft's sending state, from when it was last marked sent and last edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sending {
    Unsent,
    /// Marked sent at this time, unchanged since.
    Sent(i64),
    /// Marked sent at this time, then edited: what was sent is not what is here.
    ChangedSinceSent(i64),
}

impl Sending {
    pub fn of(sent: Option<i64>, updated: i64) -> Sending {
        match sent {
            None => Sending::Unsent,
            Some(at) if updated > at => Sending::ChangedSinceSent(at),
            Some(at) => Sending::Sent(at),
        }
    }

    /// Whether the Secretariat has yet to receive this draft as it is.
    pub fn needs_sending(self) -> bool {
        !matches!(self, Sending::Sent(_))
    }
}

/// A draft the person sends: when it was marked sent and last changed, and
/// what its form would still ask for. Comments and commitments answer alike.
pub trait Sendable {
    fn sent_at(&self) -> Option<i64>;
    fn updated_at(&self) -> i64;
    fn problems(&self) -> Vec<crate::model::validate::FieldError>;

    /// Whether it was sent, and whether it changed since.
    fn sending(&self) -> Sending {
        Sending::of(self.sent_at(), self.updated_at())
    }

    /// Whether it passes every check, as "check your answers" would have it.
    fn is_finished(&self) -> bool {
        self.problems().is_empty()
    }
}

// Comments and commitments keep `sent` and `updated` alike and check
// themselves with `validate`: one implementation serves both.
macro_rules! sendable {
    ($($t:ty),*) => {$(
        impl Sendable for $t {
            fn sent_at(&self) -> Option<i64> {
                self.sent
            }
            fn updated_at(&self) -> i64 {
                self.updated
            }
            fn problems(&self) -> Vec<crate::model::validate::FieldError> {
                self.validate()
            }
        }
    )*};
}

sendable!(crate::model::comment::Comment, crate::model::commitment::Commitment);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_after_sending_makes_it_changed_since_sent() {
        assert_eq!(Sending::of(None, 5), Sending::Unsent);
        assert_eq!(Sending::of(Some(10), 5), Sending::Sent(10));
        assert_eq!(Sending::of(Some(10), 10), Sending::Sent(10));
        assert_eq!(Sending::of(Some(10), 11), Sending::ChangedSinceSent(10));
        assert!(Sending::Unsent.needs_sending());
        assert!(Sending::ChangedSinceSent(10).needs_sending());
        assert!(!Sending::Sent(10).needs_sending());
    }
}
