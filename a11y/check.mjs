// Accessibility check: starts a hub on a fresh embedded database with the demo data,
// visits every page (signed out and signed in, forms with and without errors) in
// headless Chromium, and fails on any axe-core violation of WCAG 2.1 A/AA. It also
// checks the skip link is the first thing the keyboard reaches, that the pages work
// without JavaScript, and that nothing scrolls sideways at 360 and 390 px (phones).
//
// Usage: node check.mjs [path/to/iptf]   (default ../target/debug/iptf)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const bin = resolve(process.argv[2] ?? '../target/debug/iptf');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'iptf-a11y-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, IPTF_DATA_DIR: dataDir, IPTF_BIND: `127.0.0.1:${port}`, IPTF_LOG: 'warn' };
delete env.IPTF_DATABASE_URL;
// The demo seed makes a random password for its accounts and prints it.
const seeded = execFileSync(bin, ['seed', '--demo'], { env, encoding: 'utf8' });
const PASSWORD = seeded.match(/password (\S+)/)?.[1];
if (!PASSWORD) throw new Error(`no password in the seed's output: ${seeded}`);
const server = spawn(bin, ['serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
let failures = 0;
let checked = 0;

async function waitForServer() {
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error('the hub did not start');
}

async function audit(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  checked++;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const viewport = page.viewportSize().width;
  if (width > viewport) {
    failures++;
    console.log(`FAIL ${label}: the page is ${width}px wide in a ${viewport}px viewport`);
  }
  if (result.violations.length === 0) {
    console.log(`ok   ${label}`);
    return;
  }
  failures++;
  console.log(`FAIL ${label}`);
  for (const v of result.violations) {
    console.log(`     ${v.id} (${v.impact}): ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) console.log(`       ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`);
  }
}

async function visit(page, path, label = path) {
  const resp = await page.goto(base + path);
  if (!resp) throw new Error(`no response for ${path}`);
  await audit(page, `${label} [${resp.status()}]`);
}

async function submit(page, path, fields, label, button = 'main form button[type="submit"]') {
  await page.goto(base + path);
  for (const [name, value] of Object.entries(fields)) await page.fill(name.startsWith('#') ? name : `[name="${name}"]`, value);
  await Promise.all([page.waitForLoadState('load'), page.click(button)]);
  await audit(page, label);
}

// The newest link to `path` in the mails written to the data folder (the hub's worker
// sends them within a second or two).
async function mailedLink(path) {
  for (let i = 0; i < 100; i++) {
    let files = [];
    try { files = readdirSync(join(dataDir, 'mail')).sort(); } catch { /* no mail yet */ }
    for (const f of files.reverse()) {
      const m = readFileSync(join(dataDir, 'mail', f), 'utf8').replace(/=\r?\n/g, '').match(new RegExp(`${base}(${path}[A-Za-z0-9_-]+)`));
      if (m) return m[1];
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`no mail with a link to ${path}`);
}

async function signIn(page, email) {
  await page.goto(`${base}/sign-in`);
  await page.fill('[name="email"]', email);
  await page.fill('[name="password"]', PASSWORD);
  // People land on their account, administrators on the dashboard.
  await Promise.all([page.waitForURL(/\/(account|admin)$/), page.click('main form button[type="submit"]')]);
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }, { width: 390, height: 844 }]) {
    console.log(`-- viewport ${viewport.width}px`);
    // axe is injected by the test; the hub's CSP forbids scripts it did not serve.
    const ctx = await browser.newContext({ bypassCSP: true, viewport, locale: 'en' });
    const page = await ctx.newPage();
    const orgs = await (await fetch(`${base}/api/v1/organisations`)).json();
    const org = orgs.items[0].id;
    const ini = (await (await fetch(`${base}/api/v1/initiatives`)).json())[0].id;
    // The demo library: a guide with translations, and case studies to compare.
    const guide = (await (await fetch(`${base}/api/v1/resources?q=Preliminary%20market%20consultation&kind=guide`)).json()).items[0]?.id;
    const cases = (await (await fetch(`${base}/api/v1/resources?kind=case-study`)).json()).items.map(r => r.id);
    if (!guide || cases.length < 2) { failures++; console.log('FAIL the demo library is missing'); }
    const event = (await (await fetch(`${base}/api/v1/events`)).json()).items[0]?.id;
    if (!event) { failures++; console.log('FAIL the demo events are missing'); }

    // Keyboard: the skip link comes first and leads to the main content.
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (first !== '#main') { failures++; console.log(`FAIL the first Tab stop is ${first}, not the skip link`); }

    for (const p of ['/', '/organisations', '/organisations?country=DE&kind=company', `/organisations/${org}`, '/initiatives',
      '/initiatives?topic=pcp&status=founding', `/initiatives/${ini}`, '/people', '/people?language=DEU&sort=recent', '/sign-in', '/register',
      '/password/forgot', '/account/confirm', '/password/reset/0000', '/join', '/groups', '/resources', '/resources?kind=guide&language=FRA', '/search', '/search?q=%22consultation&topic=nope', '/no-such-page',
      `/resources/${guide}`, '/case-studies', '/case-studies?procedure=comp-dial', `/case-studies/compare?id=${cases[0]}&id=${cases[1]}`,
      '/landscape', '/landscape?show=people', '/landscape/FR/market-consultation', '/events', '/events?when=past', `/events/${event}`, '/events/calendar', '/challenges', '/solutions', '/solutions?sector=health&trl=7',
      '/cpv', '/cpv?q=road%20lights', '/cpv/34993000-4']) {
      await visit(page, p);
    }
    // The search box completes titles as one types (the browser's suggestion list).
    await page.goto(`${base}/search`);
    await page.fill('#search-q', 'consul');
    await page.waitForFunction(() => document.querySelectorAll('#search-q-suggestions option').length > 0, null, { timeout: 5000 })
      .then(() => console.log('ok   search completion'), () => { failures++; console.log('FAIL search completion offered nothing'); });
    // An event's start is also given in the visitor's own zone (by app.js).
    await page.goto(`${base}/events/${event}`);
    const local = await page.evaluate(() => document.querySelector('.local-time')?.textContent || '');
    if (!local.includes('your time')) { failures++; console.log("FAIL no event time in the visitor's zone"); } else { console.log("ok   event time in the visitor's zone"); }
    await submit(page, '/sign-in', { email: 'x', password: 'y' }, '/sign-in with errors');
    await submit(page, '/register', { name: '', email: 'not-an-address', password: 'short' }, '/register with errors');
    await submit(page, '/password/forgot', { email: 'nope' }, '/password/forgot with errors');
    await submit(page, '/register', { name: 'Axe Tester', email: `axe${viewport.width}@a11y.example`, password: 'a long enough passphrase' }, '/register done');
    for (const lang of ['fr', 'de']) {
      const c = await browser.newContext({ bypassCSP: true, viewport, locale: lang, extraHTTPHeaders: { 'Accept-Language': lang } });
      const p = await c.newPage();
      await visit(p, '/', `/ in ${lang}`);
      await submit(p, '/register', { name: '', email: 'x', password: 'y' }, `/register with errors in ${lang}`);
      await c.close();
    }

    await signIn(page, 'admin@demo.iptf-hub.eu');
    for (const p of ['/', '/account', '/account/password', '/account/email', '/account/tokens', '/account/delete',
      '/organisations/new', `/organisations/${org}`, `/organisations/${org}/edit`, `/organisations/${org}/members`,
      '/admin', '/admin/users', '/admin/users?status=approved', '/admin/organisations', '/admin/organisations?status=approved',
      '/admin/audit', '/admin/audit?since=yesterday', '/admin/users/1/reject', `/admin/organisations/${org}/reject`, `/organisations/${org}/delete`,
      '/initiatives/new', `/initiatives/${ini}`, `/initiatives/${ini}/edit`, `/initiatives/${ini}/history`, `/initiatives/${ini}/editors`,
      '/account/profile', '/account/photo', `/initiatives/${ini}/logo`, '/join', '/applications', '/groups', '/groups/new', '/dashboard', '/messages', '/account/blocks', '/moderation', '/admin/moderators', '/resources/new', '/admin/topics', '/account/calendar']) {
      await visit(page, p, `${p} (signed in)`);
    }
    await submit(page, '/account/password', { current_password: 'wrong', new_password: 'x' }, '/account/password with errors');
    await submit(page, '/account/email', { email: 'bad', password: '' }, '/account/email with errors');
    await submit(page, '/account/delete', { password: '' }, '/account/delete with errors');
    await submit(page, '/organisations/new', { name: '', nuts: 'XX' }, '/organisations/new with errors');
    await submit(page, '/account/tokens', { name: '', expires_in_days: '0' }, '/account/tokens with errors');
    await submit(page, '/account/profile', { role: 'x'.repeat(130), bio: 'Trainer.' }, 'profile with errors');
    await page.goto(`${base}/account/profile`);
    await page.check('#f-public-1');
    await page.check('#f-show_bio-1');
    await page.fill('#f-bio', 'Trains buyers.');
    await Promise.all([page.waitForLoadState('load'), page.click('main form button[type="submit"]')]);
    const me = await page.evaluate(() => document.querySelector('a[href^="/people/"]')?.getAttribute('href'));
    if (!me) { failures++; console.log('FAIL no link to the public profile after saving it'); } else { await visit(page, me, 'a public profile'); }
    await submit(page, '/join', { acronym: '<x>', motivation: '' }, '/join with errors');
    await page.goto(`${base}/applications`);
    const firstApp = await page.evaluate(() => document.querySelector('a[href^="/applications/"]')?.getAttribute('href'));
    if (!firstApp) { failures++; console.log('FAIL no application in the demo data'); } else {
      await visit(page, firstApp, 'an application (administrator)');
      await submit(page, firstApp, { reason: '' }, 'an application with a decision error', 'section[aria-labelledby="decide-title"] form button[type="submit"]');
    }
    // A working group, one of its discussions (with its reply form), its members.
    const grp = (await (await fetch(`${base}/api/v1/groups`)).json())[0]?.id;
    if (!grp) { failures++; console.log('FAIL no working group in the demo data'); } else {
      await visit(page, `/groups/${grp}`, 'a working group (signed in)');
      const thr = (await (await fetch(`${base}/api/v1/groups/${grp}/threads`)).json())[0]?.id;
      await page.goto(`${base}/groups/${grp}`);
      const joinButton = page.locator('form[action$="/join"] button');
      if (await joinButton.count()) await Promise.all([page.waitForLoadState('load'), joinButton.click()]);
      await visit(page, `/groups/${grp}/threads/${thr}`, 'a discussion (member)');
      await submit(page, `/groups/${grp}/threads/${thr}`, { body: '' }, 'a reply with errors', 'section[aria-labelledby="reply-title"] form button[type="submit"]');
      await visit(page, `/groups/${grp}/members`, 'group members');
      await submit(page, `/groups/${grp}/threads/new`, { title: '' }, 'new discussion with errors');
      await submit(page, '/groups/new', { name: '' }, 'new group with errors');
      await submit(page, `/report/thread/${thr}`, { reason: '' }, 'a report with errors');
      await submit(page, `/report/thread/${thr}`, { reason: 'Testing the report form.' }, 'a report sent');
      await visit(page, '/moderation', 'the moderation queue with a report');
      await submit(page, `/moderation/thread/${thr}`, { reason: '' }, 'a moderation decision with errors');
    }
    await submit(page, '/resources/new', { title: '' }, 'new resource with errors');
    for (const p of [`/resources/${guide}`, `/resources/${guide}/files`, `/resources/${guide}/translate`, `/resources/${guide}/history`, `/resources/${guide}/delete`]) {
      await visit(page, p, `${p} (publisher)`);
    }
    await submit(page, `/resources/${guide}/translate`, { title: '' }, 'a translation with errors');
    await submit(page, '/admin/topics', { label_en: '!!!', label_fr: '' }, 'a topic with errors', 'main form.form button[type="submit"]');
    for (const p of ['/events/new', `/events/${event}`, `/events/${event}/edit`]) await visit(page, p, `${p} (organiser)`);
    await submit(page, '/events/new', { title: '', capacity: '-5' }, 'a new event with errors');
    // Organising: the form's questions, invitations, messages, results; a past event with
    // attendance and a certificate; the calendar; members' meetings.
    const signedFetch = (u) => page.evaluate(async (url) => (await fetch(url)).json(), `${base}${u}`);
    const training = (await signedFetch('/api/v1/events?kind=training')).items[0]?.id;
    const past = (await signedFetch('/api/v1/events?when=past&kind=webinar')).items[0]?.id;
    const meeting = (await signedFetch('/api/v1/events?kind=members-meeting')).items[0]?.id;
    if (!training || !past || !meeting) { failures++; console.log('FAIL the demo training, past webinar or members meeting is missing'); }
    for (const p of [`/events/${event}/questions`, `/events/${event}/invitations`, `/events/${event}/message`, `/events/${event}/summary`,
      `/events/${training}`, `/events/${training}/register`, `/events/${training}/questions`, `/events/${past}`, `/events/${past}/summary`,
      `/events/${past}/feedback`, '/events/calendar', '/events/calendar?view=week', `/events/${meeting}`, `/events/${meeting}/agenda-items`,
      `/events/${meeting}/minutes`, `/events/${meeting}/action-items`, '/meetings/actions']) await visit(page, p, `${p} (organiser)`);
    await submit(page, `/events/${training}/register`, { 'answer-1': '' }, 'a registration form with errors');
    await submit(page, `/events/${event}/message`, { subject: '' }, 'a message to participants with errors');
    await submit(page, `/events/${event}/invitations`, { emails: 'not an address' }, 'invitations with errors', 'main form.form button[type="submit"]');
    await submit(page, `/events/${event}/questions`, { label: 'x'.repeat(301) }, 'a registration form with a bad question', 'main form.form button[type="submit"]');
    await submit(page, `/events/${meeting}/action-items`, { title: '', due_on: 'soon' }, 'an action item with errors');
    const cert = (await signedFetch(`/api/v1/events/${past}/participants`)).find(p => p.certificate_url)?.certificate_url;
    if (!cert) { failures++; console.log('FAIL no certificate in the demo data'); } else await visit(page, cert, 'a certificate of attendance');
    // Challenges: the list, one, its buyer's form with errors.
    const challenge = (await signedFetch('/api/v1/challenges')).items[0]?.id;
    if (!challenge) { failures++; console.log('FAIL no challenge in the demo data'); } else {
      for (const p of ['/challenges', '/challenges?sector=health', `/challenges/${challenge}`, `/challenges/${challenge}/edit`]) await visit(page, p, `${p} (admin)`);
      await submit(page, `/challenges/${challenge}/edit`, { title: '', budget_min: 'lots' }, 'a challenge with errors');
    }
    // Brokerage: the demo matchmaking event as its organiser, then as a participant.
    const mm = (await signedFetch('/api/v1/events?kind=matchmaking')).items[0]?.id;
    if (!mm) { failures++; console.log('FAIL no matchmaking event in the demo data'); } else {
      const meetings = await signedFetch(`/api/v1/events/${mm}/brokerage/meetings`);
      if (!meetings.length) { failures++; console.log('FAIL no brokerage meeting in the demo data'); }
      const b = `/events/${mm}/brokerage`;
      for (const p of [`/events/${mm}`, b, `${b}/organise`, `${b}/settings`, `${b}/sessions/new`, `${b}/tables`, `${b}/results`,
        `${b}/meetings/${meetings[0]?.id}/place`, `${b}/participants/${meetings[0]?.requester}`]) await visit(page, p, `${p} (organiser)`);
      await submit(page, `${b}/settings`, { expiry_minutes: '5' }, 'matchmaking rules with errors');
      await submit(page, `${b}/sessions/new`, { name: '', tables: '0' }, 'a matchmaking session with errors');
      const bctx = await browser.newContext({ bypassCSP: true, viewport, locale: 'en' });
      const bp = await bctx.newPage();
      await signIn(bp, 'buyer@demo.iptf-hub.eu');
      const mine = await bp.evaluate(async (url) => (await fetch(url)).json(), `${base}/api/v1/events/${mm}/brokerage/agenda`);
      for (const p of [b, `${b}/agenda`, `${b}/agenda?print=1`, `${b}/join`, `${b}/items/new`, `${b}/meetings/${mine[0]?.id}/rate`])
        await visit(bp, p, `${p} (participant)`);
      await submit(bp, `${b}/items/new`, { title: '' }, 'a marketplace item with errors');
      await submit(bp, `${b}/meetings/${mine[0]?.id}/rate`, { comment: 'Too early.' }, 'rating a meeting not yet held (error)');
      await bctx.close();
    }
    // Solutions: one with its matches, the form with errors; CPV suggestions.
    const solution = (await signedFetch('/api/v1/solutions')).items[0]?.id;
    if (!solution) { failures++; console.log('FAIL no solution in the demo data'); } else {
      for (const p of [`/solutions/${solution}`, `/solutions/${solution}/edit`]) await visit(page, p, `${p} (admin)`);
      await submit(page, `/solutions/${solution}/edit`, { title: '', summary: '' }, 'a solution with errors');
    }
    await submit(page, '/cpv', { text: 'Die Stadt sucht eine energiesparende Straßenbeleuchtung.' }, 'CPV suggestions', 'main form[action="/cpv/suggest"] button[type="submit"]');
    await page.goto(`${base}/resources/${guide}/files`);
    await page.setInputFiles('#f-file', { name: 'guide.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a PDF</html>') });
    await Promise.all([page.waitForLoadState('load'), page.click('main form.form button[type="submit"]')]);
    await audit(page, 'a file that is not a document, with its error');
    await submit(page, `/messages/new?organisation=${org}`, { subject: '' }, 'new message with errors');
    await submit(page, `/messages/new?organisation=${org}`, { subject: 'A question', body: 'Do you sell sensors?' }, 'a conversation');
    // A file that is not an image: the message is next to the file input.
    await page.goto(`${base}/account/photo`);
    await page.setInputFiles('#f-photo', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await Promise.all([page.waitForLoadState('load'), page.click('main form.form button[type="submit"]')]);
    await audit(page, 'photo with errors');
    await submit(page, `/initiatives/${ini}/edit`, { acronym: '', reach_social: 'lots', ends_on: '2000-01-01' }, 'initiative with errors');
    await submit(page, `/initiatives/${ini}/editors`, { email: 'nobody@a11y.example' }, 'initiative editors with errors', 'main form.form button[type="submit"]');
    await submit(page, '/account/tokens', { name: `axe token ${viewport.width}`, password: PASSWORD }, '/account/tokens with a new token');
    await visit(page, `/admin/organisations/${org}/ask`, 'ask for more information (signed in)');
    await submit(page, `/admin/organisations/${org}/ask`, { message: '' }, 'ask for more information with errors');
    const invite = 'section.invite form.form button[type="submit"]';
    await submit(page, `/organisations/${org}/members`, { '#f-email': 'not an address' }, 'invite with errors', invite);
    await submit(page, `/organisations/${org}/members`, { '#f-email': `invitee${viewport.width}@a11y.example` }, 'members with an open invitation', invite);
    // The invitation as the person invited sees it: register through it, with errors.
    const invitation = await mailedLink('/invitations/');
    const guest = await browser.newContext({ bypassCSP: true, viewport, locale: 'en' });
    const gp = await guest.newPage();
    await visit(gp, invitation, 'invitation (no account yet)');
    await submit(gp, invitation, { name: '', password: 'short' }, 'invitation with errors');
    await guest.close();

    // The organisation form: the company's CPV choice shows for companies only, the
    // region list follows the country and narrows as one types.
    await page.goto(`${base}/organisations/new`);
    await page.selectOption('[name="kind"]', 'company');
    await page.selectOption('[name="country"]', 'DE');
    await page.waitForSelector('select#f-nuts');
    await page.fill('#f-nuts-search', 'oberbayern');
    const regions = await page.evaluate(() => [...document.getElementById('f-nuts').options].filter(o => !o.hidden && o.value).map(o => o.value));
    await page.fill('#f-cpv-tree-search', 'software programming');
    const sells = await page.locator('#f-cpv-72200000-7').isVisible();
    const hidden = await page.locator('#f-cpv-03000000-1').isHidden();
    if (!sells || !hidden) { failures++; console.log(`FAIL the CPV search (match shown ${sells}, others hidden ${hidden})`); }
    if (!(await page.locator('#f-cpv').isVisible()) || regions.join() !== 'DE21') {
      failures++; console.log(`FAIL the organisation form's scripts (regions ${regions.join()})`);
    }
    await audit(page, '/organisations/new as a company in DE, searching regions');

    // The menu: folded behind its control on narrow screens, opened from the keyboard.
    const narrow = viewport.width < 700;
    const open = await page.evaluate(() => document.querySelector('details.site-menu').open);
    if (open === narrow) { failures++; console.log(`FAIL the menu is ${open ? 'open' : 'folded'} at ${viewport.width}px`); }
    if (narrow) {
      await page.focus('details.site-menu > summary');
      await page.keyboard.press('Enter');
      if (!(await page.locator('.main-nav a[href="/organisations"]').isVisible())) { failures++; console.log('FAIL the menu does not open from the keyboard'); }
      await audit(page, 'menu opened');
    }
    await ctx.close();
  }

  // Without JavaScript: sign in, create an organisation, sign out.
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const page = await nojs.newPage();
  await signIn(page, 'buyer@demo.iptf-hub.eu');
  await page.goto(`${base}/organisations/new`);
  await page.fill('[name="name"]', 'No-script Town');
  await page.selectOption('[name="kind"]', 'public-authority');
  await page.selectOption('[name="country"]', 'AT');
  await Promise.all([page.waitForLoadState('load'), page.click('main form button[type="submit"]')]);
  if (!(await page.content()).includes('No-script Town')) { failures++; console.log('FAIL creating an organisation without JavaScript'); }
  else console.log('ok   works without JavaScript');
  await browser.close();
} catch (e) {
  failures++;
  console.log(`FAIL ${e.stack ?? e}`);
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${checked - Math.min(failures, checked)} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
