/** The same words as the /admin page: whether the server e-mails the link, or the admin must. */
export function deliveryNote(link: {
  email: 'queued' | 'not_configured';
  user: { email: string };
}) {
  return link.email === 'queued'
    ? `E-mailed to ${link.user.email}; the link is here too`
    : 'E-mail is not configured: copy this link and send it yourself';
}
