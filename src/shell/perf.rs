use super::config::MOUNT_ID;

/// Writes a total the benchmark reads (`data-{name}` on the mount element, in
/// milliseconds), for work done in many pieces that no single measure covers.
pub fn note(name: &str, ms: f64) {
    if let Some(host) = super::dom::element(MOUNT_ID) {
        let _ = host.set_attribute(&format!("data-{name}"), &format!("{ms:.1}"));
    }
}

/// Runs `f`, recording how long it took as a `performance.measure` named
/// `name`, which the benchmark reads. Only the latest is kept, so a long
/// session does not pile up entries.
#[cfg(target_arch = "wasm32")]
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else { return f() };
    let (start, end) = (format!("{name}-start"), format!("{name}-end"));
    let _ = p.mark(&start);
    let out = f();
    let _ = p.mark(&end);
    p.clear_measures_with_measure_name(name);
    let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    p.clear_marks_with_mark_name(&start);
    p.clear_marks_with_mark_name(&end);
    out
}

/// Off the browser (the build's prerendering) there is nothing to record to.
#[cfg(not(target_arch = "wasm32"))]
pub fn measure<T>(_name: &str, f: impl FnOnce() -> T) -> T {
    f()
}

/// Marks the mount element `data-igf-live` (`hydrated` or `rendered`) and
/// records the `igf-interactive` mark: the app now handles input. The loader
/// waits for the attribute to replay early clicks; tests and the benchmark
/// read both.
pub fn mark_live(how: &str) {
    let window = web_sys::window();
    if let Some(mount) = window.as_ref().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(MOUNT_ID)) {
        let _ = mount.set_attribute("data-igf-live", how);
    }
    if let Some(performance) = window.and_then(|w| w.performance()) {
        let _ = performance.mark("igf-interactive");
    }
}
