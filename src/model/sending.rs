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
