use crate::model::store::KeyValue;
use std::rc::Rc;

/// What the app needs from the browser, handed in from outside so that tests
/// can mount the app over any storage.
#[derive(Clone)]
pub struct Services {
    /// `None` when the browser refuses storage: the app then works in memory.
    pub storage: Option<Rc<dyn KeyValue>>,
    /// This page's id, written into each save so other tabs can tell who saved.
    pub tab: Rc<str>,
}

impl PartialEq for Services {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.tab, &other.tab)
    }
}
