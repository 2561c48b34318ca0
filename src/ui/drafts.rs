//! The drafts reducer: comments and the commenter's details, what is saved, and
//! what went wrong with storage. Storage I/O happens in `hooks::use_autosave`.

use crate::core::comment::{Comment, CommentKind};
use crate::core::profile::Profile;
use crate::core::store::{draft_key, Envelope, Loaded, Quarantined, StorageError, DRAFT_PREFIX, ORDER_KEY, PROFILE_KEY};
use crate::core::json::Json;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// A comment and the save counter this tab last saw for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentDraft {
    pub comment: Comment,
    pub rev: i64,
}

/// How browser storage is doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    Ok,
    /// The quota is used up: newer changes live only in this page.
    Full,
    /// Storage cannot be used at all: everything lives only in this page.
    Unavailable,
    /// A save failed for another reason, named here.
    Failed(String),
}

/// Something another tab did that this tab must tell the person about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TabNotice {
    /// Another tab saved this comment later; this tab now shows that version.
    /// `mine` holds this tab's unsaved version, if it had one, for restoring.
    Replaced { id: String, mine: Option<Comment> },
    /// Another tab deleted this comment. `mine` is this tab's copy.
    Deleted { id: String, mine: Comment },
}

/// A change to one field of a comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommentEdit {
    Kind(CommentKind),
    Text(String),
    Proposed(String),
    /// One link per line, as typed.
    References(String),
    Language(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct DraftsState {
    /// In the order the person arranged them.
    pub comments: Vec<CommentDraft>,
    pub profile: Profile,
    pub profile_rev: i64,
    pub quarantined: Vec<Quarantined>,
    pub health: Health,
    /// When this tab last saved, formatted for the person.
    pub saved_at: Option<String>,
    pub notices: Vec<TabNotice>,
    /// The last deleted comment and where it was, for "Undo".
    pub undo: Option<(CommentDraft, usize)>,
    /// Whether the browser agreed to keep storage (`None`: not known).
    pub persisted: Option<bool>,
    /// Change counter for each record not yet saved, by storage key.
    pub dirty: BTreeMap<String, u32>,
    /// Storage keys to delete at the next save.
    pub removed: Vec<String>,
    /// The change counter of the last unsaved reordering.
    pub order_dirty: Option<u32>,
    /// Bumped by every change, so the saver knows what it has written.
    pub seq: u32,
}

pub enum DraftAction {
    Create(Comment),
    Edit { id: String, edit: CommentEdit, now: i64 },
    SetProfile(Profile),
    Delete(String),
    Undo,
    Move { id: String, up: bool },
    /// The saver wrote these keys as they were at change `seq`. `at` is set when
    /// everything pending was written.
    Saved { seq: u32, keys: Vec<String>, revs: Vec<(String, i64)>, profile_rev: Option<i64>, removed: Vec<String>, order: bool, at: Option<String> },
    SaveFailed(StorageError),
    /// Another tab changed a key (`None`: removed it).
    External { key: String, value: Option<String> },
    Restore(Comment),
    DismissNotice(usize),
    Persisted(Option<bool>),
    /// Drops a comment nobody has typed anything into, so no junk drafts pile up.
    DiscardIfEmpty(String),
}

impl DraftsState {
    pub fn from_loaded(loaded: Result<Loaded, StorageError>) -> DraftsState {
        let (loaded, health) = match loaded {
            Ok(l) => (l, Health::Ok),
            Err(StorageError::Unavailable(_)) => (Loaded::default(), Health::Unavailable),
            Err(StorageError::Full) => (Loaded::default(), Health::Full),
            Err(StorageError::Failed(why)) => (Loaded::default(), Health::Failed(why)),
        };
        let mut comments: Vec<CommentDraft> = loaded.comments.into_iter().map(|s| CommentDraft { comment: s.value, rev: s.rev }).collect();
        comments.sort_by(|a, b| (a.comment.target.document_order(), a.comment.created).cmp(&(b.comment.target.document_order(), b.comment.created)));
        // The person's own arrangement wins; drafts it does not list keep document order.
        let rank = |id: &str| loaded.order.iter().position(|o| o == id);
        if !loaded.order.is_empty() {
            let mut arranged: Vec<CommentDraft> = Vec::with_capacity(comments.len());
            let (mut known, unknown): (Vec<_>, Vec<_>) = comments.into_iter().partition(|c| rank(&c.comment.id).is_some());
            known.sort_by_key(|c| rank(&c.comment.id));
            arranged.extend(known);
            for c in unknown {
                insert_in_document_order(&mut arranged, c);
            }
            comments = arranged;
        }
        let (profile, profile_rev) = loaded.profile.map_or((Profile::default(), 0), |s| (s.value, s.rev));
        DraftsState {
            comments,
            profile,
            profile_rev,
            quarantined: loaded.quarantined,
            health,
            saved_at: None,
            notices: Vec::new(),
            undo: None,
            persisted: None,
            dirty: BTreeMap::new(),
            removed: Vec::new(),
            order_dirty: None,
            seq: 0,
        }
    }

    pub fn comment(&self, id: &str) -> Option<&Comment> {
        self.comments.iter().find(|c| c.comment.id == id).map(|c| &c.comment)
    }

    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty() || !self.removed.is_empty() || self.order_dirty.is_some()
    }

    fn touch(&mut self, key: String) {
        self.seq = self.seq.wrapping_add(1);
        self.dirty.insert(key, self.seq);
    }

    fn touch_order(&mut self) {
        self.seq = self.seq.wrapping_add(1);
        self.order_dirty = Some(self.seq);
    }
}

fn insert_in_document_order(list: &mut Vec<CommentDraft>, draft: CommentDraft) {
    let key = draft.comment.target.document_order();
    let at = list.iter().rposition(|c| c.comment.target.document_order() <= key).map_or(0, |i| i + 1);
    list.insert(at, draft);
}

fn apply(comment: &mut Comment, edit: CommentEdit) {
    match edit {
        CommentEdit::Kind(kind) => {
            // Starting a suggestion from the original wording saves retyping it.
            if kind == CommentKind::SuggestChange && comment.proposed.trim().is_empty() {
                comment.proposed = comment.original().to_owned();
            }
            comment.kind = kind;
        }
        CommentEdit::Text(t) => comment.text = t,
        CommentEdit::Proposed(p) => comment.proposed = p,
        CommentEdit::References(r) => comment.references = r.lines().map(str::to_owned).collect(),
        CommentEdit::Language(l) => comment.language = l,
    }
}

fn is_pristine(c: &Comment) -> bool {
    c.text.trim().is_empty() && c.references.iter().all(|r| r.trim().is_empty()) && (c.proposed.trim().is_empty() || c.proposed == c.original())
}

impl Reducible for DraftsState {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            DraftAction::Create(comment) => {
                s.touch(draft_key(&comment.id));
                insert_in_document_order(&mut s.comments, CommentDraft { comment, rev: 0 });
                s.touch_order();
            }
            DraftAction::Edit { id, edit, now } => {
                let Some(d) = s.comments.iter_mut().find(|c| c.comment.id == id) else { return self };
                apply(&mut d.comment, edit);
                d.comment.updated = now;
                s.touch(draft_key(&id));
            }
            DraftAction::SetProfile(profile) => {
                s.profile = profile;
                s.touch(PROFILE_KEY.to_owned());
            }
            DraftAction::Delete(id) => {
                let Some(at) = s.comments.iter().position(|c| c.comment.id == id) else { return self };
                let gone = s.comments.remove(at);
                s.dirty.remove(&draft_key(&id));
                s.removed.push(draft_key(&id));
                s.undo = Some((gone, at));
                s.touch_order();
            }
            DraftAction::Undo => {
                let Some((draft, at)) = s.undo.take() else { return self };
                let key = draft_key(&draft.comment.id);
                s.removed.retain(|k| *k != key);
                s.comments.insert(at.min(s.comments.len()), draft);
                s.touch(key);
                s.touch_order();
            }
            DraftAction::Move { id, up } => {
                let Some(at) = s.comments.iter().position(|c| c.comment.id == id) else { return self };
                let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&t| t < s.comments.len()) };
                let Some(to) = to else { return self };
                s.comments.swap(at, to);
                s.touch_order();
            }
            DraftAction::Saved { seq, keys, revs, profile_rev, removed, order, at } => {
                for (id, rev) in revs {
                    if let Some(d) = s.comments.iter_mut().find(|c| c.comment.id == id) {
                        d.rev = rev;
                    }
                }
                if let Some(rev) = profile_rev {
                    s.profile_rev = rev;
                }
                // Changes made after the saver took its snapshot stay dirty.
                for key in keys {
                    if s.dirty.get(&key).is_some_and(|&changed| changed <= seq) {
                        s.dirty.remove(&key);
                    }
                }
                s.removed.retain(|k| !removed.contains(k));
                if order && s.order_dirty.is_some_and(|changed| changed <= seq) {
                    s.order_dirty = None;
                }
                if at.is_some() {
                    s.saved_at = at;
                    if matches!(s.health, Health::Full | Health::Failed(_)) {
                        s.health = Health::Ok;
                    }
                }
            }
            DraftAction::SaveFailed(e) => {
                s.health = match e {
                    StorageError::Full => Health::Full,
                    StorageError::Unavailable(_) => Health::Unavailable,
                    StorageError::Failed(why) => Health::Failed(why),
                };
            }
            DraftAction::External { key, value } => external(&mut s, &key, value),
            DraftAction::Restore(comment) => {
                let key = draft_key(&comment.id);
                s.notices.retain(|n| !matches!(n, TabNotice::Replaced { id, .. } | TabNotice::Deleted { id, .. } if *id == comment.id));
                match s.comments.iter_mut().find(|c| c.comment.id == comment.id) {
                    Some(d) => d.comment = comment,
                    None => {
                        insert_in_document_order(&mut s.comments, CommentDraft { comment, rev: 0 });
                        s.touch_order();
                    }
                }
                s.touch(key);
            }
            DraftAction::DismissNotice(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            DraftAction::Persisted(p) => s.persisted = p,
            DraftAction::DiscardIfEmpty(id) => {
                let Some(at) = s.comments.iter().position(|c| c.comment.id == id && is_pristine(&c.comment)) else { return self };
                s.comments.remove(at);
                s.dirty.remove(&draft_key(&id));
                s.removed.push(draft_key(&id));
                s.touch_order();
            }
        }
        Rc::new(s)
    }
}

/// Adopts what another tab saved: the later save wins, and nothing this tab
/// had unsaved is dropped without saying so.
fn external(s: &mut DraftsState, key: &str, value: Option<String>) {
    if key == ORDER_KEY {
        if let Some(ids) = value.as_deref().and_then(|v| Json::parse(v).ok()) {
            let ids: Vec<&str> = ids.as_array().unwrap_or_default().iter().filter_map(Json::as_str).collect();
            let rank = |id: &str| ids.iter().position(|o| *o == id).unwrap_or(usize::MAX);
            s.comments.sort_by_key(|c| rank(&c.comment.id));
        }
        return;
    }
    let envelope = value.as_deref().map(Envelope::parse);
    if key == PROFILE_KEY {
        if let Some(p) = envelope.and_then(Result::ok).and_then(|e| crate::core::profile::Profile::from_json(&e.data).map(|p| (p, e.rev))) {
            if p.1 > s.profile_rev {
                s.profile = p.0;
                s.profile_rev = p.1;
                s.dirty.remove(PROFILE_KEY);
            }
        }
        return;
    }
    let Some(id) = key.strip_prefix(DRAFT_PREFIX) else { return };
    let unsaved = s.dirty.contains_key(key);
    let at = s.comments.iter().position(|c| c.comment.id == id);
    match envelope {
        None => {
            if let Some(at) = at {
                let mine = s.comments.remove(at).comment;
                s.dirty.remove(key);
                s.notices.push(TabNotice::Deleted { id: id.to_owned(), mine });
            }
        }
        Some(Ok(e)) => {
            let Ok(theirs) = Comment::from_json(&e.data) else { return };
            match at {
                Some(at) if e.rev > s.comments[at].rev => {
                    let mine = std::mem::replace(&mut s.comments[at], CommentDraft { comment: theirs, rev: e.rev }).comment;
                    s.dirty.remove(key);
                    s.notices.retain(|n| !matches!(n, TabNotice::Replaced { id: nid, .. } if nid == id));
                    s.notices.push(TabNotice::Replaced { id: id.to_owned(), mine: unsaved.then_some(mine) });
                }
                Some(_) => {}
                None => insert_in_document_order(&mut s.comments, CommentDraft { comment: theirs, rev: e.rev }),
            }
        }
        // Another tab wrote something unreadable: the next load quarantines it.
        Some(Err(_)) => {}
    }
}
