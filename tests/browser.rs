//! Components and shell against a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

#[path = "support/plural_cases.rs"]
mod plural_cases;
use igf_messages::model::date::Date;
use igf_messages::model::document::{Library, MessageId, Revision};
use igf_messages::model::route::{Route, Target};
use igf_messages::model::store::{KeyValue, MemoryStore};
use igf_messages::model::track::Track;
use igf_messages::shell::config::Config;
use igf_messages::shell::location;
use igf_messages::ui::app::{App, AppProps, Start};
use igf_messages::ui::services::Services;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted app; dropping it destroys the app (its listeners go with it) and
/// removes its element, so no test sees another's app.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

async fn mount(config: Config, today: Date, initial: Option<Target>) -> Mounted {
    mount_with(config, today, initial.map(|t| Route::Read(t, None)), Some(Rc::new(MemoryStore::default()))).await
}

async fn mount_with(config: Config, today: Date, initial: Option<Route>, storage: Option<Rc<dyn KeyValue>>) -> Mounted {
    let library = Library::from_sources(igf_messages::documents::SOURCES.iter().copied());
    mount_library(library, config, today, initial, storage).await
}

async fn mount_library(
    library: Library,
    config: Config,
    today: Date,
    initial: Option<Route>,
    storage: Option<Rc<dyn KeyValue>>,
) -> Mounted {
    // Every screen, as in the whole app (src/bin/full.rs).
    igf_messages::ui::later::install();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        library: Rc::new(library),
        config,
        today,
        initial,
        search: String::new(),
        services: Services { storage, tab: "test-tab".into() },
        start: Start::Fresh,
        i18n: Default::default(),
        carried: None,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

/// Lets the app finish what one event started (rendering, effects, the
/// `hashchange` a navigation queues) until `done` holds: it yields to the
/// browser's task queue and checks again, a bounded number of times, and
/// never waits a fixed time.
async fn settle(done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        yield_now().await;
    }
    panic!("the app never reached the expected state");
}

/// One turn of the browser's event loop: queued events run, then Yew's
/// scheduler.
async fn yield_now() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(turn).await.unwrap();
    yew::scheduler::flush().await;
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

fn visible(root: &Element, selector: &str) -> usize {
    all(root, selector).iter().filter(|e| !e.hidden() && e.closest("[hidden]").unwrap().is_none()).count()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

async fn type_search(root: &Element, value: &str) {
    let input: HtmlInputElement = root.query_selector("#igf-search-input").unwrap().unwrap().dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// The text of every range in the search highlight the browser is painting.
fn painted_marks() -> Vec<String> {
    use js_sys::{Array, Function, Reflect};
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).unwrap();
    let registry = Reflect::get(&css, &"highlights".into()).unwrap();
    let get: Function = Reflect::get(&registry, &"get".into()).unwrap().dyn_into().unwrap();
    let highlight = get.call1(&registry, &"igf-search".into()).unwrap();
    if highlight.is_undefined() {
        return Vec::new();
    }
    Array::from(&highlight)
        .iter()
        .map(|r| {
            let r: web_sys::StaticRange = r.dyn_into().unwrap();
            let units: Vec<u16> = r.start_container().text_content().unwrap().encode_utf16().collect();
            String::from_utf16_lossy(&units[r.start_offset() as usize..r.end_offset() as usize])
        })
        .collect()
}

fn today() -> Date {
    Date::new(2020, 11, 20).unwrap()
}

#[wasm_bindgen_test]
async fn renders_the_trust_document_grouped_by_question() {
    let root = mount(Config::default(), today(), None).await;
    assert_eq!(all(&root, "li.igf-message").len(), 30);
    assert_eq!(all(&root, "section.igf-question").len(), 3);
    assert!(text(&root, "h1").contains("Trust"));
    assert!(text(&root, ".igf-version").contains("Version 1, published 17 November 2020"));
    let counts: Vec<String> = all(&root, ".igf-toc .igf-count").iter().filter_map(|e| e.text_content()).collect();
    assert_eq!(counts, vec!["7 messages", "12 messages", "11 messages"]);
    let first = root.query_selector("#igf-trust-q1-m1").unwrap().unwrap();
    assert!(first.text_content().unwrap().starts_with("COVID-19 turns our lives upside down"));
    assert_eq!(first.query_selector("[lang]").unwrap().unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn search_filters_highlights_and_clears() {
    let root = mount(Config::default(), today(), None).await;
    type_search(&root, "CHILDREN online").await;
    let shown = visible(&root, "li.igf-message");
    assert!(shown > 0 && shown < 30, "{shown} shown");
    let marks = painted_marks();
    assert!(marks.len() >= shown, "{marks:?}");
    assert!(
        marks.iter().all(|m| {
            let t = m.to_lowercase();
            t == "children" || t == "online"
        }),
        "{marks:?}"
    );
    assert!(text(&root, ".igf-search-summary").contains(&format!("{shown} messages match")));
    let matched: Vec<String> = all(&root, ".igf-toc .igf-count").iter().filter_map(|e| e.text_content()).collect();
    assert!(matched.iter().all(|c| c.contains(" of ")), "{matched:?}");

    type_search(&root, "PRÔTÉCTÏON").await;
    assert!(visible(&root, "li.igf-message") >= 1, "accents are ignored");

    type_search(&root, "zzzz nothing").await;
    assert_eq!(visible(&root, "li.igf-message"), 0);
    assert!(text(&root, "#igf-search-empty").contains("No messages match “zzzz nothing”"));

    type_search(&root, "").await;
    assert_eq!(visible(&root, "li.igf-message"), 30);
    assert!(root.query_selector("#igf-search-empty").unwrap().is_none());
    assert!(painted_marks().is_empty());
    assert!(all(&root, "mark").is_empty(), "marks are painted, never added to the DOM");
}

#[wasm_bindgen_test]
async fn a_track_without_a_document_explains_itself() {
    let root = mount(Config::default(), today(), Some(Target::Track(Track::Data))).await;
    assert!(text(&root, "h1").contains("No Data Messages yet"));
    assert!(text(&root, ".igf-empty-track").contains("not yet published here"));
    assert!(!text(&root, ".igf-empty-track").contains("README"), "no build instructions in the public interface");
    assert_eq!(all(&root, "li.igf-message").len(), 0);
    let current = root.query_selector("[aria-current=page]").unwrap().unwrap();
    assert!(current.text_content().unwrap().starts_with("Data"));
}

#[wasm_bindgen_test]
async fn shows_days_left_or_closed_from_the_configured_deadline() {
    let deadline = Date::new(2020, 12, 8);
    let open = mount(Config { comment_deadline: deadline, ..Config::default() }, today(), None).await;
    assert!(text(&open, ".igf-deadline").contains("18 days left"), "{}", text(&open, ".igf-deadline"));
    let closed =
        mount(Config { comment_deadline: deadline, ..Config::default() }, Date::new(2021, 1, 5).unwrap(), None).await;
    assert!(text(&closed, ".igf-deadline").contains("closed on 8 December 2020"));
}

#[wasm_bindgen_test]
async fn a_deep_link_to_a_missing_message_says_so() {
    let target = Target::Message(MessageId { track: Track::Trust, question: 2, number: 99 });
    let root = mount(Config::default(), today(), Some(target)).await;
    // Said by focus when a link leads there (e2e: reader.test.mjs), not as an alert too.
    assert!(text(&root, "#igf-not-found").contains("There is no Message 2.99"));
}

/// The shipped Trust document and the test-only Version 2 fixture.
fn two_versions() -> Library {
    Library::from_sources([
        ("trust.txt", include_str!("../documents/trust.txt")),
        ("v2.txt", include_str!("fixtures/trust-v2-test-fixture.txt")),
    ])
}

#[wasm_bindgen_test]
async fn the_newest_version_opens_with_badges_and_a_switcher() {
    let root = mount_library(two_versions(), Config::default(), today(), None, None).await;
    assert!(text(&root, ".igf-version").contains("Version 2"));
    assert_eq!(text(&root, "#igf-trust-q1-m7 .igf-change-badge"), "Moved from 1.2");
    assert_eq!(text(&root, "#igf-trust-q1-m6 .igf-change-badge"), "Reworded");
    assert_eq!(text(&root, "#igf-trust-q2-m12 .igf-change-badge"), "New");
    assert!(root.query_selector("#igf-trust-q1-m1 .igf-change-badge").unwrap().is_none(), "unchanged: no badge");
    let links: Vec<String> = all(&root, ".igf-versions a").iter().filter_map(|a| a.get_attribute("href")).collect();
    assert_eq!(links, ["#igf=trust@1", "#igf=trust", "#igf=trust@1/changes"]);
    assert_eq!(text(&root, ".igf-versions [aria-current=page]"), "Version 2, 8 December 2020");
    let permalink = root.query_selector("#igf-trust-q1-m7 .igf-permalink").unwrap().unwrap();
    assert_eq!(permalink.get_attribute("href").as_deref(), Some("#igf=trust/q1/m7"), "the newest needs no version");
}

#[wasm_bindgen_test]
async fn a_final_version_without_a_deadline_is_not_open_for_comment_and_a_closed_one_says_so() {
    let fixture = include_str!("fixtures/trust-v2-test-fixture.txt").replace("Version 2:", "Final version:");
    let library = Library::from_sources([("trust.txt", include_str!("../documents/trust.txt")), ("f.txt", &fixture)]);
    let root = mount_library(library, Config::default(), today(), None, None).await;
    assert_eq!(text(&root, ".igf-badge"), "Not open for comment");
    assert!(text(&root, ".igf-deadline").starts_with("This final version is not open for comment."));
    assert!(
        root.query_selector("#igf-trust-q1-m1 .igf-message-actions button").unwrap().is_some(),
        "drafting still works"
    );
    let deadline = Date::new(2020, 11, 19);
    let closed =
        mount_library(two_versions(), Config { comment_deadline: deadline, ..Config::default() }, today(), None, None)
            .await;
    assert_eq!(text(&closed, ".igf-badge"), "Not open for comment");
    assert!(text(&closed, ".igf-deadline").contains("closed on 19 November 2020"));
    let v1 = Route::Read(Target::Track(Track::Trust), Revision::parse("1"));
    let older = mount_library(
        two_versions(),
        Config { comment_deadline: deadline, ..Config::default() },
        today(),
        Some(v1),
        None,
    )
    .await;
    assert_eq!(text(&older, ".igf-badge"), "Earlier version");
    assert_eq!(
        older.query_selector(".igf-deadline").unwrap().map(|e| e.text_content()),
        None,
        "the host's deadline is the newest version's"
    );
}

#[wasm_bindgen_test]
async fn an_older_version_says_so_and_keeps_its_version_in_links() {
    let v1 = Revision::parse("1");
    let route = Route::Read(Target::Message(MessageId { track: Track::Trust, question: 1, number: 2 }), v1);
    let root = mount_library(two_versions(), Config::default(), today(), Some(route), None).await;
    assert!(text(&root, ".igf-version").contains("Version 1"));
    assert_eq!(all(&root, ".igf-change-badge").len(), 0, "Version 1 has no version before it");
    assert!(text(&root, ".igf-older-version").contains("You are reading Version 1, an earlier version."));
    assert_eq!(text(&root, ".igf-badge"), "Earlier version");
    let permalink = root.query_selector("#igf-trust-q1-m2 .igf-permalink").unwrap().unwrap();
    assert_eq!(permalink.get_attribute("href").as_deref(), Some("#igf=trust@1/q1/m2"));
    let toc = root.query_selector(".igf-toc a").unwrap().unwrap();
    assert_eq!(toc.get_attribute("href").as_deref(), Some("#igf=trust@1/q1"));
}

#[wasm_bindgen_test]
async fn changes_since_version_1_lists_each_kind_of_change() {
    let route = Route::Changes(Track::Trust, Revision::Numbered(1));
    let root = mount_library(two_versions(), Config::default(), today(), Some(route), None).await;
    assert_eq!(text(&root, "h1"), "Changes since Version 1");
    assert!(
        text(&root, ".igf-changes-summary").contains("Added: 1. Removed: 2."),
        "{}",
        text(&root, ".igf-changes-summary")
    );
    let texts: Vec<String> = all(&root, ".igf-change-text").iter().filter_map(|e| e.text_content()).collect();
    let removed = "Digital transformation within the government sector";
    assert!(texts.iter().any(|t| t.starts_with(removed)), "a removed message keeps its text: {texts:?}");
    assert!(!all(&root, ".igf-change-list del").is_empty(), "reworded messages show their word diff");
    assert!(root.query_selector("#igf-diff-trust-q3-m6").unwrap().is_some());
    drop(root);
    let newest = Route::Changes(Track::Trust, Revision::Numbered(2));
    let root = mount_library(two_versions(), Config::default(), today(), Some(newest), None).await;
    assert!(text(&root, ".igf-changes .igf-notice").starts_with("Version 2 is the newest version"));
    drop(root);
    let missing = Route::Changes(Track::Trust, Revision::Numbered(5));
    let root = mount_library(two_versions(), Config::default(), today(), Some(missing), None).await;
    assert!(text(&root, ".igf-changes .igf-notice").starts_with("This document has no Version 5."));
}

#[wasm_bindgen_test]
fn dates_and_numbers_follow_each_language_with_formatters_reused() {
    use igf_messages::shell::intl;
    let day = Date { year: 2020, month: 11, day: 17 };
    let mut built = Vec::new();
    for _ in 0..2 {
        assert_eq!(intl::date(day, "en"), "17 November 2020");
        assert_eq!(intl::date(day, "fr"), "17 novembre 2020");
        assert_eq!(intl::number(2938, "en"), "2,938");
        assert_ne!(intl::number(2938, "fr"), "2,938", "each language keeps its own formatter");
        built.push(intl::formatters_built());
    }
    assert_eq!(built[0], built[1], "the second round built no formatter: {built:?}");
    assert!(built[0] >= 2, "French dates and numbers each built one: {built:?}");
}

#[wasm_bindgen_test]
fn plural_categories_come_from_the_browsers_plural_rules() {
    use igf_messages::shell::intl::plural;
    for (n, lang, category) in plural_cases::CASES {
        assert_eq!(plural(n, lang), category, "{n} in {lang:?}");
    }
}

#[wasm_bindgen_test]
fn location_reads_and_builds_namespaced_links() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("host-section&igf=trust/q2/m3").unwrap();
    let route = location::current_route();
    assert_eq!(
        route,
        Some(Route::Read(Target::Message(MessageId { track: Track::Trust, question: 2, number: 3 }), None))
    );
    let link = location::link_to(&Route::Read(Target::Question(Track::Trust, 1), None)).unwrap();
    assert!(link.ends_with("#host-section&igf=trust/q1"), "{link}");
    assert!(link.starts_with("http"));
    let versioned = location::link_to(&Route::Read(Target::Question(Track::Trust, 1), Revision::parse("1"))).unwrap();
    assert!(versioned.ends_with("#host-section&igf=trust@1/q1"), "{versioned}");
    window.location().set_hash("").unwrap();
}

mod storage {
    use super::*;
    use igf_messages::model::comment::{Comment, CommentTarget};
    use igf_messages::model::store::{draft_key, load, save_draft, StorageError};
    use igf_messages::shell::local_storage::LocalStorage;

    fn clear() {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn local_storage_keeps_strings_and_lists_keys() {
        clear();
        let kv = LocalStorage::open().unwrap();
        kv.set("igf-messages:test", "ünïcödé ✓").unwrap();
        assert_eq!(kv.get("igf-messages:test").unwrap().as_deref(), Some("ünïcödé ✓"));
        assert_eq!(kv.keys().unwrap(), vec!["igf-messages:test".to_owned()]);
        kv.remove("igf-messages:test").unwrap();
        assert_eq!(kv.get("igf-messages:test").unwrap(), None);
    }

    #[wasm_bindgen_test]
    fn drafts_round_trip_through_real_local_storage() {
        clear();
        let kv = LocalStorage::open().unwrap();
        let mut c = Comment::new(
            "c-real".into(),
            CommentTarget::Document { track: Track::Trust, version: "Version 1".into() },
            1,
        );
        c.text = "saved for real".into();
        save_draft(&kv, &c, 0, "t", 2).unwrap();
        let loaded = load(&kv).unwrap();
        assert_eq!(loaded.comments[0].value, c);
        clear();
    }

    #[wasm_bindgen_test]
    fn a_real_full_quota_is_reported_as_full_and_keeps_what_was_there() {
        clear();
        let kv = LocalStorage::open().unwrap();
        kv.set("igf-messages:keep", "kept").unwrap();
        let chunk = "x".repeat(1 << 20);
        let mut result = Ok(());
        for i in 0..64 {
            result = kv.set(&format!("igf-messages:fill-{i}"), &chunk);
            if result.is_err() {
                break;
            }
        }
        assert_eq!(result, Err(StorageError::Full));
        assert_eq!(kv.get("igf-messages:keep").unwrap().as_deref(), Some("kept"));
        clear();
    }

    #[wasm_bindgen_test]
    async fn typing_in_the_app_autosaves_to_local_storage() {
        clear();
        let storage: Rc<dyn KeyValue> = Rc::new(LocalStorage::open().unwrap());
        let root = mount_with(Config::default(), today(), None, Some(storage.clone())).await;
        let button: HtmlElement =
            root.query_selector("button[aria-label='Comment on message 1.1']").unwrap().unwrap().dyn_into().unwrap();
        button.click();
        settle(|| root.query_selector("#igf-field-text").ok().flatten().is_some()).await;
        let area: web_sys::HtmlTextAreaElement =
            root.query_selector("#igf-field-text").unwrap().expect("the form opened").dyn_into().unwrap();
        area.set_value("typed in a real browser");
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
        // No timer, no task: only Yew's own render of this input runs, so the
        // draft must be written by it, not by anything deferred.
        yew::scheduler::flush().await;
        let loaded = load(storage.as_ref()).unwrap();
        assert_eq!(loaded.comments.len(), 1);
        assert_eq!(loaded.comments[0].value.text, "typed in a real browser");
        assert!(storage.get(&draft_key(&loaded.comments[0].value.id)).unwrap().is_some());
        assert!(text(&root, ".igf-save-status").starts_with("Saved on this device at"));
        web_sys::window().unwrap().location().set_hash("").unwrap();
        clear();
    }
}

#[wasm_bindgen_test]
fn the_browser_decodes_the_mail_charsets_of_arabic_russian_and_chinese_mail_programs() {
    use igf_messages::shell::charsets::decode;
    let arabic = "مرحبا";
    assert_eq!(decode(&[0xe3, 0xd1, 0xcd, 0xc8, 0xc7], "windows-1256").as_deref(), Some(arabic));
    assert_eq!(decode(&[0xe5, 0xd1, 0xcd, 0xc8, 0xc7], "iso-8859-6").as_deref(), Some(arabic));
    assert_eq!(decode(&[0xeb, 0xd4, 0xcf], "koi8-r").as_deref(), Some("Кто"));
    assert_eq!(decode(&[0xca, 0xf2, 0xee], "windows-1251").as_deref(), Some("Кто"));
    assert_eq!(decode(&[0xcb, 0xad, 0xce, 0xaa, 0xb4, 0xcb], "gb2312").as_deref(), Some("谁为此"));
    assert_eq!(decode(&[0xbd, 0xd6, 0xac, 0xb0, 0xa6, 0xb9], "big5").as_deref(), Some("誰為此"));
    assert_eq!(decode(b"abc", "x-no-such-charset"), None);
}

#[derive(yew::Properties, PartialEq)]
struct ActionsProps {
    count: usize,
}

#[yew::component]
fn Actions(props: &ActionsProps) -> yew::Html {
    use igf_messages::model::commitment::ActionItem;
    use igf_messages::ui::components::{actions_field, ActionsFieldProps};
    let actions = vec![ActionItem::new(); props.count];
    actions_field(
        &igf_messages::model::i18n::I18n::default(),
        &ActionsFieldProps { actions, errors: Vec::new(), on_edit: yew::Callback::noop() },
    )
}

#[wasm_bindgen_test]
async fn at_the_most_actions_the_add_button_gives_way_to_saying_so() {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let add = |root: &Element| {
        all(root, "button").iter().any(|b| b.text_content().unwrap_or_default() == "Add another action")
    };
    let below = yew::Renderer::<Actions>::with_root_and_props(root.clone(), ActionsProps { count: 19 }).render();
    settle(|| all(&root, "fieldset.igf-action").len() == 19).await;
    assert!(add(&root), "19 actions still offer another");
    below.destroy();
    let full = yew::Renderer::<Actions>::with_root_and_props(root.clone(), ActionsProps { count: 20 }).render();
    settle(|| all(&root, "fieldset.igf-action").len() == 20).await;
    assert!(!add(&root), "a button that would add nothing is gone");
    assert_eq!(
        text(&root, "#igf-field-actions > .igf-hint"),
        "A commitment can have up to 20 actions. To add another, remove one first."
    );
    full.destroy();
    root.remove();
}
