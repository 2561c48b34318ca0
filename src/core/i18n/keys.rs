macro_rules! catalog {
    ($($key:ident = $en:literal,)*) => {
        /// Every interface string, with its English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The key's name in translation files.
            pub fn name(self) -> &'static str {
                match self { $(Key::$key => stringify!($key),)* }
            }

            pub fn en(self) -> &'static str {
                match self { $(Key::$key => $en,)* }
            }
        }
    };
}

catalog! {
    AppTitle = "IGF 2020 Messages",
    AppTagline = "Read the living Messages of the Internet Governance Forum and comment on them.",
    SkipToContent = "Skip to the Messages",
    TracksNavLabel = "Tracks",
    TrackData = "Data",
    TrackEnvironment = "Environment",
    TrackInclusion = "Inclusion",
    TrackTrust = "Trust",
    TrackNotLoadedBadge = "(not loaded)",
    VersionLine = "{version}, published {date}",
    LivingDocument = "Living document, open for public comment",
    DeadlineOpenOne = "Comments close tomorrow, {date}.",
    DeadlineOpenOther = "Comments close on {date}: {n} days left.",
    DeadlineToday = "Comments close today, {date}.",
    DeadlineClosed = "The comment period closed on {date}. You can still draft comments and export them.",
    ContentsHeading = "Policy questions",
    CountMessagesOne = "{n} message",
    CountMessagesOther = "{n} messages",
    CountMatchedOne = "{n} of {total} matches",
    CountMatchedOther = "{n} of {total} match",
    QuestionHeading = "Policy question {n}",
    MessageLabel = "Message {n}",
    SearchLabel = "Search this document",
    SearchHint = "Ignores case and accents. Every word you type must appear.",
    SearchClear = "Clear search",
    SearchSummaryOne = "{n} message matches “{query}”.",
    SearchSummaryOther = "{n} messages match “{query}”.",
    SearchEmptyTitle = "No messages match “{query}”",
    SearchEmptyBody = "Check the spelling, use fewer or shorter words, or clear the search to see every message again.",
    CopyLink = "Copy link",
    CopyLinkToQuestion = "Copy link to policy question {n}",
    CopyLinkToMessage = "Copy link to message {q}.{n}",
    LinkCopied = "Link copied to the clipboard.",
    CopyFailed = "Your browser did not allow copying. Select the link and copy it yourself:",
    BackToContents = "Back to the list of questions",
    EmptyTrackTitle = "No {track} Messages yet",
    EmptyTrackBody = "The IGF 2020 Messages for the {track} track are not loaded in this app, so there is nothing to read or comment on here yet.",
    EmptyTrackHowTo = "To add them, save the published Messages as a plain-text file in the app's documents folder and rebuild. The README section “Adding a Messages document” explains the format.",
    EmptyTrackOthers = "Messages you can read now:",
    DocumentError = "The file {file} is not a Messages document the app can read: {error}",
    NotFoundTarget = "There is no {target} in this document. It may have moved in a newer version.",
    FooterFeedback = "Feedback on the Messages goes to the IGF Secretariat at igf@un.org.",
    ErrNameMissing = "Enter your name",
    ErrTooLong = "Must be {n} characters or fewer",
    ErrEmailMissing = "Enter your email address",
    ErrEmailInvalid = "Enter an email address in the correct format, like name@example.org",
    ErrStakeholderMissing = "Select your stakeholder group",
    ErrRegionMissing = "Select your region",
    ErrCountryMissing = "Enter your country",
    ErrCommentMissing = "Enter your comment",
    ErrProposedMissing = "Enter the wording you propose",
    ErrProposedUnchanged = "Change the proposed wording, or choose another kind of comment",
    ErrTooManyLinks = "Give {n} links or fewer",
    ErrLinkScheme = "“{value}” is not a web link. Links must start with http:// or https://",
    ErrLinkMalformed = "“{value}” is not a valid web address. Check it and try again",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_are_unique_and_texts_non_empty() {
        let mut names: Vec<_> = Key::ALL.iter().map(|k| k.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Key::ALL.len());
        assert!(Key::ALL.iter().all(|k| !k.en().trim().is_empty()));
    }
}
