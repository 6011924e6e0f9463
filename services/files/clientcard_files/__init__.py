"""The files service: files, photos and consent forms per client, in object storage."""
