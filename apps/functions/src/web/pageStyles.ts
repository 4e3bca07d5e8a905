import { createHash } from 'node:crypto';

/**
 * The pages' only stylesheet, inlined so a page is one request with no external
 * asset. Colours keep a contrast of at least 4.5:1 on their backgrounds; focus
 * is always visible; one column on phones.
 */
export const PAGE_STYLES = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--link:#0a4fb8;--bg:#fff;--panel:#f5f6f8}
*{box-sizing:border-box}
html{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #0a4fb8;outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:.5rem;background:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{left:.5rem}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;border-bottom:1px solid var(--line)}
header .site{font-weight:700;font-size:1.25rem;color:var(--ink);text-decoration:none}
header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0;list-style:none}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.muted{color:var(--muted)}
.states{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}
.state{border:1px solid var(--line);border-radius:6px;padding:.25rem 1rem .75rem;margin:0}
section.state{margin:0 0 1rem}
.fullname{font-size:.85rem;margin:-.35rem 0 .35rem}
h4{font-size:1rem;margin:.25rem 0 .35rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0 0 1rem}
.treaties{list-style:none;padding:0;margin:0}
.treaties>li{border-top:1px solid var(--line);padding:.6rem 0}
.treaties>li:first-child{border-top:0}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-weight:600;font-size:.9rem;border:1px solid currentColor}
.s-party{background:#e7f5ec;color:#0c4a24}
.s-withdrawal-announced,.s-withdrawal-approved{background:#fff6da;color:#5a3d00}
.s-suspension-declared,.s-withdrawal-suspended{background:#efe9f8;color:#45246f}
.s-withdrawal-pending{background:#fff0e0;color:#6b3000}
.s-withdrawn{background:#fdecee;color:#821020}
.countdown{font-weight:700}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--line)}
.timeline>li{padding:.25rem 0 .75rem 1rem;margin:0}
.timeline p{margin:.25rem 0}
.retracted{color:var(--muted)}
.retracted .what{text-decoration:line-through}
.tag{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4rem;border-radius:4px;background:#eceff3;color:#1b1b1b;border:1px solid var(--line)}
.url{overflow-wrap:anywhere}
form{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:1rem}
fieldset{border:1px solid var(--line);border-radius:4px;margin:0 0 1rem;padding:.5rem .75rem}
legend{font-weight:600;padding:0 .25rem}
.choices{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.choices label{display:inline-flex;gap:.35rem;align-items:center;min-height:2rem}
details{margin:.5rem 0 .25rem}
details>summary{cursor:pointer;font-weight:600;min-height:2rem;padding:.25rem 0}
.field{margin:0 0 1rem}
.field>label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=text],input[type=email],input[type=tel]{font:inherit;width:100%;max-width:28rem;padding:.5rem;border:1px solid #6b6b6b;border-radius:4px}
input[type=checkbox],input[type=radio]{width:1.1rem;height:1.1rem}
button{font:inherit;font-weight:600;padding:.55rem 1.25rem;border-radius:4px;border:1px solid #0a4fb8;background:#0a4fb8;color:#fff;cursor:pointer}
button:hover{background:#083d8f}
.hint{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}
.error{color:#a1121f;font-weight:600;margin:.25rem 0 0}
.alert{border:2px solid #a1121f;border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem;background:#fff}
.notice{border:2px solid #0c4a24;border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem;background:#e7f5ec}
[aria-invalid=true]{border-color:#a1121f !important;border-width:2px !important}
@media (max-width:40rem){header,main,footer{padding:.75rem}h1{font-size:1.45rem}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.35rem}}
`.trim();

/** The stylesheet's CSP hash source, so `style-src` allows exactly this inline style. */
export const PAGE_STYLES_HASH = `'sha256-${createHash('sha256').update(PAGE_STYLES).digest('base64')}'`;
