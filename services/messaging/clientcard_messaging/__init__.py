"""The messaging service: SMS, email and push with history, templates, opt-outs and campaigns."""
