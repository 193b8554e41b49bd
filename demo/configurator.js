// The configurator: a form built from custom-elements.json, checked by the widget itself (its
// tip-jar-error events), a live preview, and the snippet to paste with its integrity hash.
const SHARED = ['recipient', 'lang', 'currency', 'amounts', 'message', 'label', 'theme', 'pix-city', 'sepa-bic'];
const SKIP = new Set(['open', 'amount', 'floating', 'analytics', 'beacon', ...SHARED]);

main();

async function main() {
  const [manifest, integrity, pkg] = await Promise.all(
    ['../custom-elements.json', '../dist/integrity.json', '../package.json'].map((url) => fetch(url).then((r) => r.json())),
  );
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tip-jar');
  const preview = document.getElementById('preview');
  const fields = new Map();

  function field(attribute, container) {
    const id = `field-${attribute}`;
    const wrapper = document.createElement('div');
    wrapper.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = attribute;
    const input = document.createElement('input');
    input.id = id;
    input.name = attribute;
    input.autocomplete = 'off';
    input.spellcheck = false;
    const help = document.createElement('span');
    help.className = 'help';
    help.id = `${id}-help`;
    help.textContent = element.attributes.find((a) => a.name === attribute)?.description ?? '';
    const error = document.createElement('span');
    error.className = 'error';
    error.id = `${id}-error`;
    input.setAttribute('aria-describedby', `${help.id} ${error.id}`);
    input.addEventListener('input', () => update(attribute, input));
    wrapper.append(label, input, help, error);
    container.append(wrapper);
    fields.set(attribute, { input, error });
  }

  for (const name of SHARED) field(name, document.getElementById('shared'));
  for (const { name } of element.attributes) if (!SKIP.has(name)) field(name, document.getElementById('providers'));

  // Start from an example, so that the preview shows something.
  fields.get('recipient').input.value = 'Awa Diop';
  fields.get('amounts').input.value = '3 5 10';
  fields.get('currency').input.value = 'EUR';
  fields.get('paypal').input.value = 'awadiop';

  preview.addEventListener('tip-jar-error', (event) => {
    const entry = fields.get(event.detail.attribute);
    if (!entry || entry.input.value.trim() !== event.detail.value.trim()) return;
    entry.input.setAttribute('aria-invalid', 'true');
    entry.error.textContent = event.detail.message;
  });

  async function update(attribute, input) {
    const value = input.value.trim();
    if (value) preview.setAttribute(attribute, value);
    else preview.removeAttribute(attribute);
    input.removeAttribute('aria-invalid');
    fields.get(attribute).error.textContent = '';
    // The widget reports a bad value with tip-jar-error while it updates.
    await preview.updateComplete;
    render();
  }

  function escape(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function render() {
    const attributes = [...fields]
      .filter(([, { input }]) => input.value.trim() && input.getAttribute('aria-invalid') !== 'true')
      .map(([name, { input }]) => `${name}="${escape(input.value.trim())}"`);
    const src = `https://cdn.example/tip-jar@${pkg.version}/dist/tip-jar.classic.js`;
    document.getElementById('snippet').textContent =
      `<script src="${src}" defer\n        integrity="${integrity['tip-jar.classic.js']}" crossorigin="anonymous"></script>\n` +
      `<tip-jar\n  ${attributes.join('\n  ')}\n></tip-jar>`;
    const count = preview.options.length;
    document.getElementById('summary').textContent = count === 1 ? '1 way to pay.' : `${count} ways to pay.`;
  }

  for (const [name, { input }] of fields) if (input.value) await update(name, input);
  render();
  // For tests and tools: the example is in and each field now checks only itself.
  document.body.dataset.ready = 'true';

  document.getElementById('copy-snippet').addEventListener('click', async () => {
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(document.getElementById('snippet').textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(document.getElementById('snippet'));
      status.textContent = 'Copying is blocked here: the snippet is selected, copy it with your keyboard.';
    }
  });
}
