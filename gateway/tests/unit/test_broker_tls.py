"""The gateway's pika consumers connect to an amqps:// broker with AMQP_SSL's CA, as nameko does."""

import json
import ssl

import certifi

from clientcard_kit.amqp_tls import ssl_options
from gateway import broker
from gateway.settings import Settings


def test_a_plain_uri_gives_plain_parameters():
    params = broker.parameters("amqp://guest:guest@127.0.0.1:5672/", ssl_options("amqp://127.0.0.1/", None))

    assert params.ssl_options is None and params.port == 5672


def test_an_amqps_uri_with_a_ca_verifies_the_broker_with_it():
    uri = "amqps://clientcard:secret@broker.clientcard.test/"
    params = broker.parameters(uri, ssl_options(uri, json.dumps({"ca_certs": certifi.where()})))

    context = params.ssl_options.context
    assert params.port == 5671 and params.host == "broker.clientcard.test"
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert len(context.get_ca_certs()) > 10  # the bundle named, not an empty store
    assert params.ssl_options.server_hostname is None  # pika then checks the URI's host


def test_the_gateways_settings_read_amqp_ssl_for_every_broker_client():
    settings = Settings.from_env(
        {
            "AMQP_URI": "amqps://u:p@broker.clientcard.test/",
            "AMQP_SSL": json.dumps({"ca_certs": certifi.where(), "server_hostname": None}),
        }
    )

    assert settings.amqp_ssl == {"ca_certs": certifi.where(), "server_hostname": None}
    assert Settings.from_env({}).amqp_ssl is None
