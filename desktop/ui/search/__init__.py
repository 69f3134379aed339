"""The search screen: controller, result models, panel, delegates."""
