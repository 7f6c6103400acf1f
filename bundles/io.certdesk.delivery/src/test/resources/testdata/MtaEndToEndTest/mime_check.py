#!/usr/bin/env python3
"""Independent MIME check of the mails a real MTA delivered (Python's email package, policy=default,
which decodes RFC 2047 words and RFC 2231 parameters by itself).

Usage: mime_check.py MAILDIR FILE_RECIPIENT PASSWORD_RECIPIENT ATTACHMENT_OUT
Prints one "key<TAB>value" line per finding (backslash, CR, LF and TAB escaped as \\, \\r, \\n, \\t);
writes the attachment's bytes to ATTACHMENT_OUT.
"""
import email
import email.policy
import os
import re
import sys

maildir, file_rcpt, password_rcpt, attachment_out = sys.argv[1:5]
messages = []
for sub in ("new", "cur"):
    folder = os.path.join(maildir, sub)
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), "rb") as f:
                messages.append(f.read())

def find(rcpt):
    found = []
    for raw in messages:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg["Envelope-to"] is not None and rcpt in str(msg["Envelope-to"]):
            found.append((raw, msg))
    return found

result = {"messages": len(messages)}
files = find(file_rcpt)
passwords = find(password_rcpt)
result["file_mails"] = len(files)
result["password_mails"] = len(passwords)
if files and passwords:
    raw, msg = files[0]
    result["file_subject"] = str(msg["Subject"])
    result["file_from"] = str(msg["From"])
    result["file_to"] = str(msg["To"])
    result["file_message_id"] = str(msg["Message-ID"])
    result["file_received_esmtps"] = any("esmtps" in str(h) for h in msg.get_all("Received", []))
    result["file_raw_subject"] = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", raw, re.M).group(1).decode("ascii").strip()
    result["file_raw_disposition"] = re.search(rb"^Content-Disposition:(.*(?:\r?\n[ \t].*)*)", raw, re.M).group(1).decode("ascii").strip()
    result["file_defects"] = [str(d) for part in msg.walk() for d in part.defects]
    attachments = list(msg.iter_attachments())
    result["attachments"] = len(attachments)
    if attachments:
        attachment = attachments[0]
        result["attachment_name"] = attachment.get_filename()
        result["attachment_type"] = attachment.get_content_type()
        with open(attachment_out, "wb") as out:
            out.write(attachment.get_content())
    body = msg.get_body(preferencelist=("plain",))
    result["file_body"] = body.get_content() if body is not None else ""

    praw, pmsg = passwords[0]
    result["password_subject"] = str(pmsg["Subject"])
    result["password_message_id"] = str(pmsg["Message-ID"])
    result["password_attachments"] = len(list(pmsg.iter_attachments()))
    pbody = pmsg.get_body(preferencelist=("plain",)).get_content()
    match = re.search(r"(?:パスワード|Password):\s*(\S+)", pbody)
    password = match.group(1) if match else ""
    result["password"] = password
    # The password must appear nowhere in the file mail: raw bytes, decoded headers, decoded text parts.
    decoded = "".join(str(v) for _, v in msg.items())
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            decoded += part.get_content()
    result["password_in_file_mail"] = bool(password) and (password.encode() in raw or password in decoded)
def escape(value):
    text = json_like(value)
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")

def json_like(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    return str(value)

for key, value in result.items():
    sys.stdout.write(key + "\t" + escape(value) + "\n")
