/** The card's stylesheet, scoped to our shadow root; `:host` reset keeps page CSS out. */
export const CARD_CSS = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.card { position: absolute; box-sizing: border-box; width: 340px; max-height: 70vh; overflow: auto; padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #c9ced6; border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); text-align: left; }
.card:focus { outline: 3px solid #0072b2; outline-offset: 2px; }
header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
h2 { font-size: 17px; margin: 4px 0; } h3 { font-size: 13px; margin: 10px 0 4px; }
.meta, .why, .hint { color: #4a525c; font-size: 13px; margin: 4px 0; }
blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid #0072b2; font-style: italic; }
.claim-text { margin: 4px 0; border-left: 3px solid #d55e00; padding-left: 10px; }
.chip { font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 999px; color: #111; }
.chip-claim { background: #f6c9a8; } .chip-quote { background: #b7d7ee; } .chip-person { background: #f3d48a; }
.chip-organization { background: #ecc3da; } .chip-place { background: #a6dcc9; } .chip-number { background: #c3e4f7; }
button, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid #9aa3ad; background: #f3f5f7; border-radius: 6px; padding: 3px 8px; }
button:focus-visible, a:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #0072b2; outline-offset: 1px; }
.close { border: none; background: none; font-size: 20px; line-height: 1; padding: 0 4px; }
.mentions { margin: 4px 0; padding-left: 18px; } .mentions li { margin: 2px 0; }
.mentions button { border: none; background: none; padding: 0; text-align: left; text-decoration: underline; color: #0b5394; }
.search { display: inline-block; margin-top: 6px; color: #0b5394; }
.note { margin-top: 10px; border-top: 1px solid #e1e4e8; padding-top: 8px; display: grid; gap: 6px; }
.note label { display: grid; gap: 2px; font-size: 13px; font-weight: 600; }
.note textarea, .note input { box-sizing: border-box; width: 100%; border: 1px solid #9aa3ad; border-radius: 6px; padding: 4px 6px; background: #fff; font-weight: 400; }
.note button[type=submit] { justify-self: start; background: #1c2b42; color: #fff; border-color: #1c2b42; }
.status { margin: 0; font-size: 13px; min-height: 1em; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2329; color: #e8eaed; border-color: #454c55; }
  .meta, .why, .hint { color: #b4bac2; }
  button { background: #2b3038; border-color: #5a626c; }
  .mentions button, .search { color: #8cc4ff; background: none; }
  .note textarea, .note input { background: #15181c; border-color: #5a626c; }
  .note button[type=submit] { background: #8cc4ff; color: #111; border-color: #8cc4ff; }
}
@media (prefers-reduced-motion: no-preference) { .card { animation: lede-in 120ms ease-out; } }
@keyframes lede-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
`;
