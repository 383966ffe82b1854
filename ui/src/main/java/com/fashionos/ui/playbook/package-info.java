/** The playbooks page: the Maison DNA and SOPs, their editor and upload, and re-indexing through Temporal. */
@NullMarked
package com.fashionos.ui.playbook;

import org.jspecify.annotations.NullMarked;
