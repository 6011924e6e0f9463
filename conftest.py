"""nameko needs eventlet's monkey patching before anything else is imported."""
import eventlet

eventlet.monkey_patch()
