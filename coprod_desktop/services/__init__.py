"""Work that is neither storage nor screen: PDFs, picture cards, speech, import and export. No Qt."""
