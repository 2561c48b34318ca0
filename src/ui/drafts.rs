//! The drafts reducer: comments, commitments and the commenter's details, what
//! is saved, and what went wrong with storage. Storage I/O happens in
//! `hooks::use_autosave`.

use crate::model::comment::{Comment, CommentKind};
use crate::model::commitment::{ActionItem, Capacity, Commitment, Link};
use crate::model::export::import::Here;
use crate::model::json::Json;
use crate::model::people::StakeholderGroup;
use crate::model::profile::Profile;
use crate::model::sending::Sendable;
use crate::model::sort::{self, set_of};
use crate::model::store::{
    draft_key, Draft, Envelope, Loaded, QuarantineReason, Quarantined, Storable, StorageError, Stored, Unsaved,
    DRAFT_PREFIX, ORDER_KEY, PROFILE_KEY,
};
use crate::model::track::Track;
use crate::ui::components::{action_id, card_heading_id, link_remove_id, LINK_SELECT_ID, SENT_PANEL_ID, UNDO_ID};
use crate::ui::later;
use std::rc::Rc;
use yew::Reducible;

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
    /// Another tab saved this draft later; this tab now shows that version.
    /// `mine` holds this tab's unsaved version, if it had one, for restoring.
    Replaced { id: String, mine: Option<Draft> },
    /// Another tab deleted this draft. `mine` is this tab's copy.
    Deleted { id: String, mine: Draft },
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

/// A change to one field of a commitment. Actions are counted from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommitmentEdit {
    Capacity(Option<Capacity>),
    OrgName(String),
    OrgGroup(Option<StakeholderGroup>),
    OrgAuthorised(bool),
    Title(String),
    Description(String),
    Track(Track, bool),
    AddLink(Link),
    RemoveLink(usize),
    ActionText(usize, String),
    ActionDue(usize, String),
    AddAction,
    RemoveAction(usize),
    Measurement(String),
    Partners(String),
    Resources(String),
    Sdg(u8, bool),
    Consent(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub struct DraftsState {
    /// In the order the person arranged them.
    pub comments: Vec<Stored<Comment>>,
    pub commitments: Vec<Stored<Commitment>>,
    pub profile: Profile,
    pub profile_rev: i64,
    pub quarantined: Vec<Quarantined>,
    /// The order as stored, so that drafts this version cannot read (written
    /// by a newer app) keep their places when the order is saved again.
    stored_order: Vec<String>,
    pub health: Health,
    /// When this tab last saved (ms since the epoch): formatted when shown,
    /// in the language of the moment.
    pub saved_at: Option<i64>,
    pub notices: Vec<TabNotice>,
    /// The drafts deleted, the last deleted last, each with its revision and
    /// where it was, for "Undo": each press brings back the last one of its
    /// page's kind, so a second deletion never loses the first one's undo.
    pub undo: Vec<(Draft, i64, usize)>,
    /// What the last import changed, for "Undo this import".
    /// Shared, as the state is copied on every action and an import's undo
    /// holds each of its drafts.
    pub import_undo: Option<Rc<ImportUndo>>,
    /// Whether the browser agreed to keep storage (`None`: not known).
    pub persisted: Option<bool>,
    /// Change counter for each record not yet saved, by storage key.
    pub dirty: Unsaved,
    /// Storage keys to delete at the next save.
    pub removed: Vec<String>,
    /// The change counter of the last unsaved reordering.
    pub order_dirty: Option<u32>,
    /// Bumped by every change, so the saver knows what it has written.
    pub seq: u32,
    /// Where keyboard focus goes after a deletion or its undo, which remove
    /// the button pressed: bumped with the element's id.
    pub focus: (u32, String),
}

pub enum DraftAction {
    Create(Draft),
    Edit {
        id: String,
        edit: CommentEdit,
        now: i64,
    },
    EditCommitment {
        id: String,
        edit: CommitmentEdit,
        now: i64,
    },
    /// Copies a commitment to use as a template.
    Duplicate {
        id: String,
        new_id: String,
        now: i64,
    },
    SetProfile(Profile),
    Delete(String),
    /// Brings back the last commitment deleted (`true`, on My commitments) or
    /// the last comment (on My comments).
    Undo {
        commitments: bool,
    },
    /// Moves a draft one place up or down; focus goes to its card's heading.
    Move {
        id: String,
        up: bool,
    },
    /// What the saver wrote.
    Saved(Saved),
    SaveFailed(StorageError),
    /// Another tab changed a key (`None`: removed it).
    External {
        key: String,
        value: Option<String>,
    },
    Restore(Draft),
    DismissNotice(usize),
    Persisted(Option<bool>),
    /// Drops a draft nobody has typed anything into, so no junk piles up.
    DiscardIfEmpty(String),
    /// Moves keyboard focus to the element with this id, as when the
    /// button pressed is gone.
    Focus(&'static str),
    /// The person confirmed they sent these drafts, each named with when it
    /// last changed as it went out: focus goes to the confirmation, as the
    /// button that said so is gone.
    MarkSent {
        sent: Vec<(String, i64)>,
        at: i64,
    },
    /// Adds or replaces these drafts, and the person's details with the
    /// file's when the person chose that. A large file comes in pieces: each
    /// piece after the first adds to the same undo.
    Import {
        drafts: Vec<Draft>,
        sender: Option<Profile>,
        more: bool,
    },
    /// Puts back what the last import replaced, and removes what it added.
    UndoImport,
    /// What storage held at start, read after the prerendered view was adopted.
    Loaded(Result<Loaded, StorageError>),
    /// The journal's copies storage refused to take back (full), as (key,
    /// record): shown, and saved once it has room.
    Recovered(Vec<(String, String)>),
}

/// Where each kind of draft lives in the state, and how it is placed.
trait Kind: Storable + PartialEq {
    fn list(s: &mut DraftsState) -> &mut Vec<Stored<Self>>;
    fn wrap(self) -> Draft;
    /// Where a new draft goes: comments by document order, commitments last.
    fn place(list: &[Stored<Self>], value: &Self) -> usize;
    fn is_pristine(&self) -> bool;
}

impl Kind for Comment {
    fn list(s: &mut DraftsState) -> &mut Vec<Stored<Self>> {
        &mut s.comments
    }
    fn wrap(self) -> Draft {
        Draft::Comment(self)
    }
    fn place(list: &[Stored<Self>], value: &Self) -> usize {
        let key = value.target.document_order();
        list.iter().rposition(|c| c.value.target.document_order() <= key).map_or(0, |i| i + 1)
    }
    fn is_pristine(&self) -> bool {
        Comment::is_pristine(self)
    }
}

impl Kind for Commitment {
    fn list(s: &mut DraftsState) -> &mut Vec<Stored<Self>> {
        &mut s.commitments
    }
    fn wrap(self) -> Draft {
        Draft::Commitment(self)
    }
    fn place(list: &[Stored<Self>], _: &Self) -> usize {
        list.len()
    }
    fn is_pristine(&self) -> bool {
        Commitment::is_pristine(self)
    }
}

impl DraftsState {
    pub fn from_loaded(loaded: Result<Loaded, StorageError>) -> DraftsState {
        let (loaded, health) = match loaded {
            Ok(l) => (l, Health::Ok),
            Err(e) => (Loaded::default(), Health::from(e)),
        };
        let (profile, profile_rev) = loaded.profile.map_or((Profile::default(), 0), |s| (s.value, s.rev));
        let mut s = DraftsState {
            comments: Vec::new(),
            commitments: Vec::new(),
            profile,
            profile_rev,
            quarantined: loaded.quarantined,
            stored_order: loaded.order.clone(),
            health,
            saved_at: None,
            notices: Vec::new(),
            undo: Vec::new(),
            import_undo: None,
            persisted: None,
            dirty: Unsaved::default(),
            removed: Vec::new(),
            order_dirty: None,
            seq: 0,
            focus: (0, String::new()),
        };
        let mut comments = loaded.comments;
        sort::sort_by_key(&mut comments, |c| (c.value.target.document_order(), c.value.created));
        let mut commitments = loaded.commitments;
        sort::sort_by_key(&mut commitments, |c| c.value.created);
        s.comments = arrange(comments, &loaded.order);
        s.commitments = arrange(commitments, &loaded.order);
        s
    }

    /// The drafts the reader's build handed over because storage did not hold
    /// them all. Without storage, they show and storage is still reported
    /// missing; with it, each is written again, so a save that fails again
    /// says so as any save does.
    pub fn from_carried(carried: Result<Loaded, StorageError>, has_storage: bool) -> DraftsState {
        let mut s = DraftsState::from_loaded(carried);
        if s.health != Health::Ok {
            return s;
        }
        if !has_storage {
            s.health = Health::from(StorageError::Unavailable("no storage".into()));
            return s;
        }
        for key in s.order().iter().map(|id| draft_key(id)).collect::<Vec<_>>() {
            s.touch(key);
        }
        s.touch(PROFILE_KEY.to_owned());
        s.touch_order();
        s
    }

    pub fn comment(&self, id: &str) -> Option<&Comment> {
        self.comments.iter().find(|c| c.value.id == id).map(|c| &c.value)
    }

    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.value.id == id).map(|c| &c.value)
    }

    /// How many comments and commitments still need sending as they are.
    pub fn unsent(&self) -> (usize, usize) {
        // A form just opened, with nothing typed, is no draft to send yet.
        let comments = self.comments.iter().filter(|c| !c.value.is_pristine() && c.value.sending().needs_sending());
        let commitments =
            self.commitments.iter().filter(|c| !c.value.is_pristine() && c.value.sending().needs_sending());
        (comments.count(), commitments.count())
    }

    /// Whether drafts are kept on this device: not when the browser gives no
    /// storage (they live in this page alone, and the page says so).
    pub fn kept_here(&self) -> bool {
        self.health != Health::Unavailable
    }

    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty() || !self.removed.is_empty() || self.order_dirty.is_some()
    }

    /// Every draft here, with when it last changed and its kind, to compare an import with.
    pub fn changed_times(&self) -> Vec<Here> {
        let here = |id: &str, updated, commitment| Here { id: id.to_owned(), updated, commitment };
        let comments = self.comments.iter().map(|c| here(&c.value.id, c.value.updated, false));
        comments.chain(self.commitments.iter().map(|c| here(&c.value.id, c.value.updated, true))).collect()
    }

    /// Every draft id, in the person's order: what the order key stores.
    /// Drafts left as they are for a newer app keep their places after the
    /// draft that stood before them.
    pub fn order(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .comments
            .iter()
            .map(|c| c.value.id.clone())
            .chain(self.commitments.iter().map(|c| c.value.id.clone()))
            .collect();
        for (i, id) in self.stored_order.iter().enumerate() {
            if !self.is_left_for_newer(id) || ids.contains(id) {
                continue;
            }
            let after = self.stored_order[..i].iter().rev().find_map(|before| ids.iter().position(|x| x == before));
            ids.insert(after.map_or(0, |p| p + 1), id.clone());
        }
        ids
    }

    fn is_left_for_newer(&self, id: &str) -> bool {
        self.quarantined
            .iter()
            .any(|q| matches!(q.reason, QuarantineReason::Newer(_)) && q.key.strip_prefix(DRAFT_PREFIX) == Some(id))
    }

    fn touch(&mut self, key: String) {
        self.seq = self.seq.wrapping_add(1);
        self.dirty.mark(key, self.seq);
    }

    fn touch_order(&mut self) {
        self.seq = self.seq.wrapping_add(1);
        self.order_dirty = Some(self.seq);
    }

    fn insert<T: Kind>(&mut self, value: T, rev: i64) {
        let list = T::list(self);
        let at = T::place(list, &value);
        list.insert(at, Stored { value, rev });
    }

    fn edit<T: Kind>(&mut self, id: &str, f: impl FnOnce(&mut T)) -> bool {
        let Some(r) = T::list(self).iter_mut().find(|r| r.value.id() == id) else { return false };
        f(&mut r.value);
        self.touch(draft_key(id));
        true
    }

    fn delete<T: Kind>(&mut self, id: &str) -> bool {
        let list = T::list(self);
        let Some(at) = list.iter().position(|r| r.value.id() == id) else { return false };
        let gone = list.remove(at);
        self.dirty.clear(&draft_key(id));
        self.removed.push(draft_key(id));
        self.undo.push((gone.value.wrap(), gone.rev, at));
        self.touch_order();
        true
    }

    fn swap<T: Kind>(&mut self, id: &str, up: bool) -> bool {
        let list = T::list(self);
        let Some(at) = list.iter().position(|r| r.value.id() == id) else { return false };
        let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&t| t < list.len()) };
        let Some(to) = to else { return false };
        list.swap(at, to);
        self.touch_order();
        true
    }

    /// Drops the draft `id` of kind `T` if nobody typed anything into it.
    fn discard_pristine<T: Kind>(&mut self, id: &str) -> bool {
        let list = T::list(self);
        let Some(at) = list.iter().position(|r| r.value.id() == id && r.value.is_pristine()) else { return false };
        list.remove(at);
        self.dirty.clear(&draft_key(id));
        self.removed.push(draft_key(id));
        self.touch_order();
        true
    }

    fn restore<T: Kind>(&mut self, value: T) {
        let id = value.id().to_owned();
        self.notices.retain(
            |n| !matches!(n, TabNotice::Replaced { id: nid, .. } | TabNotice::Deleted { id: nid, .. } if *nid == id),
        );
        self.put(value);
        self.touch_order();
    }

    /// Adopts another tab's save of one draft: the later save wins.
    fn adopt<T: Kind>(&mut self, key: &str, theirs: T, rev: i64) {
        let unsaved = self.dirty.contains(key);
        let id = theirs.id().to_owned();
        let list = T::list(self);
        match list.iter().position(|r| r.value.id() == id) {
            Some(at) if rev > list[at].rev => {
                let mine = std::mem::replace(&mut list[at], Stored { value: theirs, rev }).value;
                self.dirty.clear(key);
                self.notices.retain(|n| !matches!(n, TabNotice::Replaced { id: nid, .. } if *nid == id));
                self.notices.push(TabNotice::Replaced { id, mine: unsaved.then(|| mine.wrap()) });
            }
            Some(_) => {}
            None => {
                // Their save is the later: one this tab meant to remove stays,
                // and its undo would bring back a second copy.
                self.removed.retain(|k| k != key);
                self.undo.retain(|(d, ..)| d.id() != id);
                self.insert(theirs, rev);
            }
        }
    }

    /// Inserts a draft, or replaces the one with its id, and marks it for saving.
    fn put<T: Kind>(&mut self, value: T) {
        let key = draft_key(value.id());
        match T::list(self).iter_mut().find(|r| r.value.id() == value.id()) {
            Some(r) => r.value = value,
            None => self.insert(value, 0),
        }
        self.touch(key);
    }

    /// A draft from a file, after the person's own: a file lists its drafts
    /// in the order the person who wrote it arranged them, which a restore
    /// from a backup must give back.
    fn append<T: Kind>(&mut self, value: T) {
        let key = draft_key(value.id());
        T::list(self).push(Stored { value, rev: 0 });
        self.touch(key);
    }

    fn set_rev(&mut self, id: &str, rev: i64) {
        if let Some(r) = self.comments.iter_mut().find(|r| r.value.id == id) {
            r.rev = rev;
        } else if let Some(r) = self.commitments.iter_mut().find(|r| r.value.id == id) {
            r.rev = rev;
        }
    }
}

/// The person's own arrangement wins; drafts it does not list keep their order.
fn arrange<T: Kind>(list: Vec<Stored<T>>, order: &[String]) -> Vec<Stored<T>> {
    let rank = |id: &str| order.iter().position(|o| o == id);
    let (mut known, unknown): (Vec<_>, Vec<_>) = list.into_iter().partition(|r| rank(r.value.id()).is_some());
    sort::sort_by_key(&mut known, |r| rank(r.value.id()));
    for r in unknown {
        let at = T::place(&known, &r.value);
        known.insert(at, r);
    }
    known
}

fn apply_comment(comment: &mut Comment, edit: CommentEdit) {
    match edit {
        CommentEdit::Kind(kind) => {
            // Starting a suggestion from the original wording saves retyping it.
            if kind == CommentKind::SuggestChange && comment.proposed.trim().is_empty() {
                comment.proposed = comment.original().to_owned();
            }
            comment.kind = Some(kind);
        }
        CommentEdit::Text(t) => comment.text = t,
        CommentEdit::Proposed(p) => comment.proposed = p,
        CommentEdit::References(r) => comment.references = r.lines().map(str::to_owned).collect(),
        CommentEdit::Language(l) => comment.language = l,
    }
}

/// Applies one edit; returns where focus goes when the edit removed the
/// button pressed, or added a part the person should land in.
fn apply_commitment(c: &mut Commitment, edit: CommitmentEdit) -> Option<String> {
    match edit {
        CommitmentEdit::AddAction => {
            if c.actions.len() < crate::model::commitment::MAX_ACTIONS {
                c.actions.push(ActionItem::new());
            }
            return Some(action_id(c.actions.len() - 1));
        }
        CommitmentEdit::RemoveAction(i) if i < c.actions.len() => {
            c.actions.remove(i);
            return Some(action_id(i.min(c.actions.len().saturating_sub(1))));
        }
        CommitmentEdit::RemoveLink(i) if i < c.links.len() => {
            c.links.remove(i);
            return Some(match c.links.len() {
                0 => LINK_SELECT_ID.to_owned(),
                n => link_remove_id(i.min(n - 1)),
            });
        }
        edit => apply_field(c, edit),
    }
    None
}

fn apply_field(c: &mut Commitment, edit: CommitmentEdit) {
    match edit {
        CommitmentEdit::Capacity(v) => c.capacity = v,
        CommitmentEdit::OrgName(v) => c.org_name = v,
        CommitmentEdit::OrgGroup(v) => c.org_group = v,
        CommitmentEdit::OrgAuthorised(v) => c.org_authorised = v,
        CommitmentEdit::Title(v) => c.title = v,
        CommitmentEdit::Description(v) => c.description = v,
        CommitmentEdit::Track(t, on) => {
            c.tracks.retain(|x| *x != t);
            if on {
                c.tracks.push(t);
                sort::sort(&mut c.tracks);
            }
        }
        CommitmentEdit::AddLink(link) => {
            if !c.links.iter().any(|l| l.same_place(&link)) {
                if !c.tracks.contains(&link.track()) {
                    c.tracks.push(link.track());
                    sort::sort(&mut c.tracks);
                }
                c.links.push(link);
            }
        }
        CommitmentEdit::ActionText(i, v) => {
            if let Some(a) = c.actions.get_mut(i) {
                a.description = v;
            }
        }
        CommitmentEdit::ActionDue(i, v) => {
            if let Some(a) = c.actions.get_mut(i) {
                a.due = v;
            }
        }
        CommitmentEdit::Measurement(v) => c.measurement = v,
        CommitmentEdit::Partners(v) => c.partners = v,
        CommitmentEdit::Resources(v) => c.resources = v,
        CommitmentEdit::Sdg(n, on) => {
            c.sdgs.retain(|x| *x != n);
            if on && (1..=crate::model::commitment::SDG_COUNT).contains(&n) {
                c.sdgs.push(n);
                sort::sort(&mut c.sdgs);
            }
        }
        CommitmentEdit::Consent(v) => c.consent_publish = Some(v),
        // Handled by `apply_commitment`; an index out of range changes nothing.
        CommitmentEdit::AddAction | CommitmentEdit::RemoveAction(_) | CommitmentEdit::RemoveLink(_) => {}
    }
}

/// What the actions only the whole app's screens send do: a commitment's
/// edits and copies, an import and its undo. Installed by `ui::later`.
pub fn reduce_later(s: &mut DraftsState, action: DraftAction) -> bool {
    match action {
        DraftAction::EditCommitment { id, edit, now } => {
            // "On behalf of an organisation" starts the organisation's name
            // from the person's details, so that it is not typed twice.
            let organisation = matches!(edit, CommitmentEdit::Capacity(Some(Capacity::Organisation)))
                .then(|| s.profile.organisation.trim().to_owned());
            let mut focus = None;
            s.edit::<Commitment>(&id, |c| {
                if let Some(name) = organisation.filter(|_| c.org_name.trim().is_empty()) {
                    c.org_name = name;
                }
                focus = apply_commitment(c, edit);
                c.updated = now;
            }) && {
                s.focus_on(focus);
                true
            }
        }
        DraftAction::Duplicate { id, new_id, now } => s.duplicate(&id, new_id, now),
        DraftAction::Import { drafts, sender, more } => s.import(drafts, sender, more),
        DraftAction::UndoImport => s.undo_import(),
        _ => false,
    }
}

impl Reducible for DraftsState {
    type Action = DraftAction;

    /// One method per action; each says whether anything changed, so an
    /// action that changes nothing re-renders nothing.
    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let changed = match action {
            DraftAction::Create(draft) => s.create(draft),
            DraftAction::Edit { id, edit, now } => s.edit::<Comment>(&id, |c| {
                apply_comment(c, edit);
                c.updated = now;
            }),
            // Only the whole app's screens send these, so only its wasm holds
            // what they do (`ui::later`).
            action @ (DraftAction::EditCommitment { .. }
            | DraftAction::Duplicate { .. }
            | DraftAction::Import { .. }
            | DraftAction::UndoImport) => later::screens().is_some_and(|later| (later.reduce)(&mut s, action)),
            DraftAction::SetProfile(profile) => s.set_profile(profile),
            DraftAction::Delete(id) => {
                let deleted = s.delete::<Comment>(&id) || s.delete::<Commitment>(&id);
                s.focus_on(deleted.then(|| UNDO_ID.to_owned()))
            }
            DraftAction::Undo { commitments } => {
                let back = s.undo_of(commitments).map(|i| card_heading_id(s.undo[i].0.id()));
                s.undo(commitments) && s.focus_on(back)
            }
            // Moving the card takes the pressed button out of the page, and focus
            // with it: its heading, which says its new number, gets focus.
            DraftAction::Move { id, up } => {
                (s.swap::<Comment>(&id, up) || s.swap::<Commitment>(&id, up)) && s.focus_on(Some(card_heading_id(&id)))
            }
            DraftAction::Saved(saved) => s.saved(saved),
            DraftAction::SaveFailed(e) => {
                s.health = Health::from(e);
                true
            }
            DraftAction::External { key, value } => {
                external(&mut s, &key, value);
                true
            }
            DraftAction::Restore(draft) => s.restore_draft(draft),
            DraftAction::DismissNotice(i) => s.dismiss_notice(i),
            DraftAction::Persisted(p) => {
                s.persisted = p;
                true
            }
            DraftAction::DiscardIfEmpty(id) => {
                s.discard_pristine::<Comment>(&id) || s.discard_pristine::<Commitment>(&id)
            }
            DraftAction::MarkSent { sent, at } => s.mark_sent(&sent, at) && s.focus_on(Some(SENT_PANEL_ID.to_owned())),
            DraftAction::Focus(id) => s.focus_on(Some(id.to_owned())),
            DraftAction::Recovered(records) => recovered(&mut s, records),
            DraftAction::Loaded(loaded) => {
                s = DraftsState::from_loaded(loaded);
                // A first visit finds nothing stored: no change, no re-render.
                s != *self
            }
        };
        if changed {
            Rc::new(s)
        } else {
            self
        }
    }
}

/// What an import changed, each as the import wrote it, so that its undo
/// leaves alone whatever was changed since (here or in another tab): the
/// drafts it added, those it replaced with each as it was, and the details.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportUndo {
    pub added: Vec<Draft>,
    pub replaced: Vec<(Draft, Draft)>,
    pub profile: Option<(Profile, Profile)>,
    /// The undo of a deletion made before the import, of a draft the file
    /// brought back: given back if the import's undo removes it again.
    pub deletions: Vec<(Draft, i64, usize)>,
}

/// What one save wrote: these keys as they were at change `seq`, with the
/// save counters storage gave them; `at` is set when everything pending was
/// written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    pub seq: u32,
    pub keys: Vec<String>,
    pub revs: Vec<(String, i64)>,
    pub profile_rev: Option<i64>,
    pub removed: Vec<String>,
    pub order: bool,
    pub at: Option<i64>,
}

impl From<StorageError> for Health {
    fn from(e: StorageError) -> Health {
        match e {
            StorageError::Full => Health::Full,
            StorageError::Unavailable(_) => Health::Unavailable,
            StorageError::Failed(why) => Health::Failed(why),
        }
    }
}

/// The reducer's actions, one method each.
impl DraftsState {
    fn create(&mut self, draft: Draft) -> bool {
        self.touch(draft_key(draft.id()));
        match draft {
            Draft::Comment(c) => self.insert(c, 0),
            Draft::Commitment(c) => self.insert(c, 0),
        }
        self.touch_order();
        true
    }

    fn duplicate(&mut self, id: &str, new_id: String, now: i64) -> bool {
        let Some(copy) = self.commitment(id).map(|c| c.duplicate(new_id.clone(), now)) else { return false };
        self.insert(copy, 0);
        self.touch(draft_key(&new_id));
        self.touch_order();
        true
    }

    fn set_profile(&mut self, profile: Profile) -> bool {
        self.profile = profile;
        self.touch(PROFILE_KEY.to_owned());
        true
    }

    /// Asks for focus on `id`, if any; whether anything changed.
    fn focus_on(&mut self, id: Option<String>) -> bool {
        let Some(id) = id else { return false };
        self.focus = (self.focus.0.wrapping_add(1), id);
        true
    }

    /// Where in the undo list the last deleted draft of the kind is.
    pub fn undo_of(&self, commitments: bool) -> Option<usize> {
        self.undo.iter().rposition(|(d, ..)| matches!(d, Draft::Commitment(_)) == commitments)
    }

    fn undo(&mut self, commitments: bool) -> bool {
        let Some(i) = self.undo_of(commitments) else { return false };
        let (draft, rev, at) = self.undo.remove(i);
        let key = draft_key(draft.id());
        self.removed.retain(|k| *k != key);
        match draft {
            Draft::Comment(c) => self.comments.insert(at.min(self.comments.len()), Stored { value: c, rev }),
            Draft::Commitment(c) => self.commitments.insert(at.min(self.commitments.len()), Stored { value: c, rev }),
        }
        self.touch(key);
        self.touch_order();
        true
    }

    fn saved(&mut self, saved: Saved) -> bool {
        let Saved { seq, keys, revs, profile_rev, removed, order, at } = saved;
        for (id, rev) in revs {
            self.set_rev(&id, rev);
        }
        if let Some(rev) = profile_rev {
            self.profile_rev = rev;
        }
        // Changes made after the saver took its snapshot stay dirty.
        for key in keys {
            if self.dirty.changed_at(&key).is_some_and(|changed| changed <= seq) {
                self.dirty.clear(&key);
            }
        }
        self.removed.retain(|k| !removed.contains(k));
        if order && self.order_dirty.is_some_and(|changed| changed <= seq) {
            self.order_dirty = None;
        }
        if at.is_some() {
            self.saved_at = at;
            if matches!(self.health, Health::Full | Health::Failed(_)) {
                self.health = Health::Ok;
            }
        }
        true
    }

    fn restore_draft(&mut self, draft: Draft) -> bool {
        match draft {
            Draft::Comment(c) => self.restore(c),
            Draft::Commitment(c) => self.restore(c),
        }
        true
    }

    fn dismiss_notice(&mut self, i: usize) -> bool {
        if i < self.notices.len() {
            self.notices.remove(i);
        }
        true
    }

    fn mark_sent(&mut self, sent: &[(String, i64)], at: i64) -> bool {
        for (id, updated) in sent {
            // Changed since the email was made (in another tab): what went out
            // is not what is here, which is still to send.
            let now = self.comment(id).map(|c| c.updated).or_else(|| self.commitment(id).map(|c| c.updated));
            if now != Some(*updated) {
                continue;
            }
            let _ =
                self.edit::<Comment>(id, |c| c.sent = Some(at)) || self.edit::<Commitment>(id, |c| c.sent = Some(at));
        }
        !sent.is_empty()
    }

    fn import(&mut self, drafts: Vec<Draft>, sender: Option<Profile>, more: bool) -> bool {
        let mut undo = if more { self.import_undo.take().map(Rc::unwrap_or_clone) } else { None }.unwrap_or_default();
        // Looked up once: a scan per draft was slow for thousands of them.
        let ids = self.changed_times();
        let here = set_of(ids.iter().map(|h| h.id.as_str()));
        for draft in drafts {
            // Deleted here and brought back by the file: an undo would add it twice.
            if let Some(at) = self.undo.iter().position(|(d, ..)| d.id() == draft.id()) {
                undo.deletions.push(self.undo.remove(at));
            }
            let before = here.contains(draft.id()).then(|| self.find(draft.id())).flatten();
            let known = match &before {
                Some(b) if std::mem::discriminant(b) == std::mem::discriminant(&draft) => true,
                // The other kind under this id: `resolve` renames these, as
                // one storage key holds one draft; never write one over it.
                Some(_) => continue,
                None => false,
            };
            match before {
                Some(before) => undo.replaced.push((before, draft.clone())),
                None => undo.added.push(draft.clone()),
            }
            match draft {
                Draft::Comment(c) if known => self.put(c),
                Draft::Commitment(c) if known => self.put(c),
                Draft::Comment(c) => self.append(c),
                Draft::Commitment(c) => self.append(c),
            }
        }
        if let Some(p) = sender {
            let taken = self.profile.clone().taking(p);
            let before = std::mem::replace(&mut self.profile, taken.clone());
            // A second piece's details: the undo puts back the first one's before.
            let before = undo.profile.take().map_or(before, |(first, _)| first);
            undo.profile = Some((before, taken));
            self.touch(PROFILE_KEY.to_owned());
        }
        self.import_undo = Some(Rc::new(undo));
        self.touch_order();
        true
    }

    fn undo_import(&mut self) -> bool {
        let Some(undo) = self.import_undo.take().map(Rc::unwrap_or_clone) else { return false };
        // What was changed since the import is the person's latest work,
        // and stays as it is.
        let unchanged = |s: &Self, written: &Draft| s.find(written.id()).as_ref() == Some(written);
        let deletions_before = self.undo.len();
        for written in &undo.added {
            if unchanged(self, written) {
                let _ = self.delete::<Comment>(written.id()) || self.delete::<Commitment>(written.id());
            }
        }
        // Deleting put each draft on the undo list, where this undo is the
        // whole import's; the deletions made before it can still be undone.
        self.undo.truncate(deletions_before);
        for (before, written) in undo.replaced {
            let now = self.find(before.id());
            if now.as_ref().is_some_and(|now| *now != written) {
                continue;
            }
            // The file's copy was deleted since: what it replaced comes back,
            // and that deletion's undo, which would add a second one, goes.
            if now.is_none() {
                self.undo.retain(|(d, ..)| d.id() != before.id());
            }
            match before {
                Draft::Comment(c) => self.put(c),
                Draft::Commitment(c) => self.put(c),
            }
        }
        for deletion in undo.deletions {
            if self.find(deletion.0.id()).is_none() {
                self.undo.push(deletion);
            }
        }
        if let Some((before, _)) = undo.profile.filter(|(_, written)| *written == self.profile) {
            self.profile = before;
            self.touch(PROFILE_KEY.to_owned());
        }
        self.touch_order();
        true
    }

    fn find(&self, id: &str) -> Option<Draft> {
        self.comment(id)
            .map(|c| Draft::Comment(c.clone()))
            .or_else(|| self.commitment(id).map(|c| Draft::Commitment(c.clone())))
    }
}

/// Takes in the journal's copies storage refused, as another tab's saves are
/// taken (the later wins, and what this tab typed since is offered back),
/// and keeps each to save. Merged, not reloaded: what was typed since the
/// app started is in memory only while storage is full.
fn recovered(s: &mut DraftsState, records: Vec<(String, String)>) -> bool {
    let notices = s.notices.len();
    for (key, raw) in records {
        external(s, &key, Some(raw));
        if key == ORDER_KEY {
            s.touch_order();
        } else {
            s.touch(key);
        }
    }
    // These are this browser's own earlier saves: "changed in another tab" is
    // said only where there is work of this tab's to offer back.
    let added = s.notices.split_off(notices);
    s.notices.extend(added.into_iter().filter(|n| !matches!(n, TabNotice::Replaced { mine: None, .. })));
    true
}

/// Adopts what another tab saved: the later save wins, and nothing this tab
/// had unsaved is dropped without saying so.
fn external(s: &mut DraftsState, key: &str, value: Option<String>) {
    if key == ORDER_KEY {
        if let Some(ids) = value.as_deref().and_then(|v| Json::parse(v).ok()) {
            let ids: Vec<&str> = ids.as_array().unwrap_or_default().iter().filter_map(Json::as_str).collect();
            let rank = |id: &str| ids.iter().position(|o| *o == id).unwrap_or(usize::MAX);
            sort::sort_by_key(&mut s.comments, |c| rank(&c.value.id));
            sort::sort_by_key(&mut s.commitments, |c| rank(&c.value.id));
        }
        return;
    }
    let envelope = value.as_deref().map(Envelope::parse);
    if key == PROFILE_KEY {
        if let Some((p, rev)) =
            envelope.and_then(Result::ok).and_then(|e| Profile::from_json(&e.data).map(|p| (p, e.rev)))
        {
            if rev > s.profile_rev {
                s.profile = p;
                s.profile_rev = rev;
                s.dirty.clear(PROFILE_KEY);
            }
        }
        return;
    }
    let Some(id) = key.strip_prefix(DRAFT_PREFIX) else { return };
    match envelope {
        // Another tab drops empty drafts as it starts: a form just opened here
        // stays, and is written again once someone types into it.
        None if s.comments.iter().any(|r| r.value.id == id && r.value.is_pristine())
            || s.commitments.iter().any(|r| r.value.id == id && r.value.is_pristine()) => {}
        None => {
            let mine = s
                .comments
                .iter()
                .position(|r| r.value.id == id)
                .map(|at| s.comments.remove(at).value.wrap())
                .or_else(|| {
                    s.commitments.iter().position(|r| r.value.id == id).map(|at| s.commitments.remove(at).value.wrap())
                });
            if let Some(mine) = mine {
                s.dirty.clear(key);
                s.notices.push(TabNotice::Deleted { id: id.to_owned(), mine });
            }
        }
        Some(Ok(e)) => match Draft::read(&e.kind, &e.data) {
            Some(Ok(Draft::Comment(c))) => s.adopt(key, c, e.rev),
            Some(Ok(Draft::Commitment(c))) => s.adopt(key, c, e.rev),
            // Unreadable or unknown: the next load sets it aside.
            _ => {}
        },
        Some(Err(_)) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_commitment_is_pristine_until_someone_types() {
        let mut c = Commitment::linked_to(
            "k".into(),
            Link::Question { track: Track::Trust, question: 1, version: "Version 1".into(), quote: "q".into() },
            5,
        );
        assert!(c.is_pristine());
        c.title = "t".into();
        assert!(!c.is_pristine());
    }
}
