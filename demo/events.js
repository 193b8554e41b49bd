// Logs every tip-jar event the page receives, as a host page's analytics would see them.
const log = document.getElementById('log');
const names = ['open', 'close', 'select', 'copy', 'qr', 'amount', 'error'];
for (const name of names) {
  document.addEventListener(`tip-jar-${name}`, (event) => {
    const line = `${new Date().toLocaleTimeString()}  ${event.type}  ${JSON.stringify(event.detail)}\n`;
    log.textContent = line + log.textContent;
  });
}
