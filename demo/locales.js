// The language picker of the languages demo: sets the widget's lang attribute.
const names = {
  en: 'English', fr: 'Français', es: 'Español', de: 'Deutsch', it: 'Italiano', 'pt-BR': 'Português (Brasil)',
  nl: 'Nederlands', pl: 'Polski', tr: 'Türkçe', ru: 'Русский', uk: 'Українська', ar: 'العربية', he: 'עברית',
  fa: 'فارسی', hi: 'हिन्दी', bn: 'বাংলা', ja: '日本語', ko: '한국어', 'zh-CN': '简体中文', 'zh-TW': '繁體中文',
  id: 'Bahasa Indonesia', vi: 'Tiếng Việt', th: 'ไทย', sw: 'Kiswahili', yo: 'Yorùbá', ha: 'Hausa', am: 'አማርኛ',
};
const select = document.getElementById('lang');
const widget = document.getElementById('widget');
for (const [code, name] of Object.entries(names)) {
  const option = document.createElement('option');
  option.value = code;
  option.lang = code;
  option.textContent = name;
  select.append(option);
}
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted) {
  select.value = wanted;
  widget.setAttribute('lang', wanted);
}
select.addEventListener('change', () => {
  if (select.value) widget.setAttribute('lang', select.value);
  else widget.removeAttribute('lang');
});
