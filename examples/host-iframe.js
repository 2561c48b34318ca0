// The host's listener: trust only the app's exact origin, and only the one
// message it sends.
const APP_ORIGIN = 'https://messages.example.org';
const frame = document.getElementById('igf-frame');
window.igfHeights = [];
window.addEventListener('message', (event) => {
  if (event.origin !== APP_ORIGIN || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (!data || data.type !== 'igf-messages:height' || !Number.isFinite(data.height)) return;
  const height = Math.max(200, Math.min(20000, Math.ceil(data.height)));
  frame.style.height = `${height}px`;
  window.igfHeights.push(height);
});
