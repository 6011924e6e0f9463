"""Email over SMTP: STARTTLS and login when configured, a text and an HTML part, one-click unsubscribe headers."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid

from clientcard_messaging.adapters.base import Outgoing, ProviderError

POLICY = SMTP.clone(max_line_length=998)


class SmtpProvider:
    name = "smtp"

    def __init__(self, channel: str, settings):
        self.settings = settings

    def _message(self, outgoing: Outgoing) -> EmailMessage:
        # RFC 5322 allows 998 characters a line: a long unsubscribe URL must stay one plain word, not encoded-words
        mail = EmailMessage(policy=POLICY)
        mail["From"] = self.settings.email_from
        mail["To"] = outgoing.address
        mail["Subject"] = outgoing.subject or ""
        # replies quote this id in In-Reply-To, which is how an inbound reply finds its thread
        mail["Message-ID"] = make_msgid(idstring=outgoing.message_id, domain=self.settings.email_domain)
        mail["X-Clientcard-Message-Id"] = outgoing.message_id
        if outgoing.unsubscribe_url:
            mail["List-Unsubscribe"] = f"<{outgoing.unsubscribe_url}>"
            mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
        mail.set_content(outgoing.body)
        if outgoing.html:
            mail.add_alternative(outgoing.html, subtype="html")
        return mail

    def send(self, outgoing: Outgoing) -> str:
        mail = self._message(outgoing)
        s = self.settings
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.provider_timeout_s) as smtp:
                if s.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context(cafile=s.smtp_ca_file or None))
                if s.smtp_username:
                    smtp.login(s.smtp_username, s.smtp_password)
                smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as error:
            code, reason = next(iter(error.recipients.values()))
            raise ProviderError(f"{code} {reason.decode(errors='replace')}", temporary=400 <= code < 500) from error
        except smtplib.SMTPResponseException as error:
            reason = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
            raise ProviderError(f"{error.smtp_code} {reason}", temporary=400 <= error.smtp_code < 500) from error
        except (smtplib.SMTPException, OSError) as error:
            raise ProviderError(f"smtp: {error}", temporary=True) from error
        return mail["Message-ID"]
