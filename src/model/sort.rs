//! Stable insertion sorts for the short lists this app orders: drafts, search
//! terms, a message's highlights, a commitment's tracks. Each use of the
//! standard library's sorts adds kilobytes of wasm; these add a few hundred
//! bytes, and at these lengths they are just as fast.

use std::collections::BTreeSet;

/// The set of these strings. `collect()` into a set would first sort them with
/// the standard library's stable sort, about 5 KB of wasm for `&str`;
/// inserting them one by one needs no sort.
pub fn set_of<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// Sorts `v` by `key`, keeping equal elements in their order. Each key is
/// computed once.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let mut keys: Vec<K> = v.iter().map(key).collect();
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && keys[j] < keys[j - 1] {
            keys.swap(j - 1, j);
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` ascending, keeping equal elements in their order.
pub fn sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j] < v[j - 1] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = v.clone();
            sort(&mut ours);
            let mut std = v;
            std.sort();
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn set_of_holds_what_collect_holds(v in proptest::collection::vec("[a-c]{0,3}", 0..40)) {
            let std: BTreeSet<&str> = v.iter().map(String::as_str).collect();
            prop_assert_eq!(set_of(v.iter().map(String::as_str)), std);
        }
    }
}
