"""kesu-docs: the controlled documents of customer-complaint (客诉) handling.

Forms (``kesu_docs.forms``) describe each controlled document; ``kesu_docs.parse`` reads
filled Excel, PDF and JSON forms into validated records; the register numbers them; the
renderer prints every copy with its routing stamp; reports summarise the register.
"""

__version__ = "0.1.0"
