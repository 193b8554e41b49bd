import { fail, ok } from '../result.js';
import { defineProvider, linkPayment } from './provider.js';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Bandcamp: the artist's page `https://NAME.bandcamp.com`, where fans buy and pay what they want. */
export default defineProvider({
  id: 'bandcamp',
  name: 'Bandcamp',
  action: 'page',
  parse(value) {
    let name = value.trim().toLowerCase();
    const link = /^(?:https?:\/\/)?([^/]+)\.bandcamp\.com(?:[/?#].*)?$/.exec(name);
    if (link) name = link[1];
    else if (/[/:]/.test(name)) return fail('This is not a Bandcamp link: give the NAME of NAME.bandcamp.com.');
    if (!LABEL.test(name)) {
      return fail('This is not a valid Bandcamp name: letters, digits and inner hyphens, as in NAME.bandcamp.com.');
    }
    return ok(name);
  },
  build(name) {
    const url = `https://${name}.bandcamp.com`;
    return linkPayment(url);
  },
});
