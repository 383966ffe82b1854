package com.fashionos.ui.api;

import com.fashionos.ui.draft.DraftException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every API failure as JSON {@code {status, error, message}} with the matching HTTP status. */
@RestControllerAdvice(assignableTypes = DraftApiController.class)
class ApiErrors {

    @ExceptionHandler(DraftException.class)
    ResponseEntity<Map<String, Object>> draft(DraftException e) {
        HttpStatus status =
                switch (e.kind()) {
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT, STALE -> HttpStatus.CONFLICT;
                    case FAILED -> HttpStatus.SERVICE_UNAVAILABLE;
                };
        return body(status, e.kind().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "invalid", "The request body is not valid JSON for this call");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid", "Send Content-Type: application/json");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.value());
        out.put("error", error);
        out.put("message", message);
        return ResponseEntity.status(status).body(out);
    }
}
