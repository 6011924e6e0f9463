"""What files speaks to outside its own database: the object store, image and PDF libraries, HTTP streams."""
