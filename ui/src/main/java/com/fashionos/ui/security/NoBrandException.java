package com.fashionos.ui.security;

import java.io.Serial;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused: the user has a correct password but belongs to no brand. */
class NoBrandException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    NoBrandException() {
        super("User belongs to no brand");
    }
}
