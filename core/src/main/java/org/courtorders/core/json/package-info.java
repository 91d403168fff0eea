/** The one configured Jackson {@code ObjectMapper} for the model and its JSON contract. */
package org.courtorders.core.json;
