/** The playbook re-index workflow and its activities (keeping the Retriever's sections current). */
@NullMarked
package com.fashionos.workflows.playbook;

import org.jspecify.annotations.NullMarked;
