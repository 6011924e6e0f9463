"""Test fixtures: each test run gets its own databases, RabbitMQ vhost and S3 endpoint."""
