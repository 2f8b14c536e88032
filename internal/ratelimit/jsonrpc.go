package ratelimit

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
)

// CodeLimitExceeded is the JSON-RPC error code of a refused call: -32005
// "limit exceeded" (EIP-1474), which go-ethereum and Ethereum clients use
// for rate limits and which client libraries retry after a pause.
const CodeLimitExceeded = -32005

// CountCalls is the number of calls in a JSON-RPC message: the elements of
// a batch, 1 for anything else (an empty batch, a single call, a message
// that is not JSON). It scans msg once and allocates nothing.
func CountCalls(msg []byte) int {
	i := 0
	for i < len(msg) && isSpace(msg[i]) {
		i++
	}
	if i == len(msg) || msg[i] != '[' {
		return 1
	}
	commas, elems := 0, false
	depth, inString, escaped := 0, false, false
	for _, c := range msg[i:] {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch {
		case c == '"':
			inString = true
			elems = true
		case c == '[' || c == '{':
			depth++
			if depth > 1 {
				elems = true
			}
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				return max(1, commas+btoi(elems))
			}
		case c == ',' && depth == 1:
			commas++
		case !isSpace(c):
			elems = true
		}
	}
	return max(1, commas+btoi(elems))
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// JSONRPCCost is an HTTPOptions.Cost for JSON-RPC over HTTP: a POST counts
// its calls (CountCalls), anything else 1. It reads at most maxBody bytes of
// the body and hands them on to the next handler unchanged; a larger body
// counts 1 (the server refuses it for its size).
func JSONRPCCost(maxBody int64) func(*http.Request) int {
	return func(r *http.Request) int {
		if r.Method != http.MethodPost || r.Body == nil || r.Body == http.NoBody {
			return 1
		}
		buf, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
		r.Body = struct {
			io.Reader
			io.Closer
		}{io.MultiReader(bytes.NewReader(buf), r.Body), r.Body}
		if err != nil || int64(len(buf)) > maxBody {
			return 1
		}
		return CountCalls(buf)
	}
}

type jsonError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type response struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   jsonError       `json:"error"`
}

var null = json.RawMessage("null")

// Refusal is the answer to a refused JSON-RPC message: an error response
// with code and message for each of its calls, with the call's id, as one
// object or, for a batch, an array. Notifications (calls without an id) get
// none (JSON-RPC 2.0 §4.1); nil when nothing is to be answered.
func Refusal(msg []byte, code int, message string) []byte {
	answer := func(raw json.RawMessage) (response, bool) {
		var call struct {
			ID json.RawMessage `json:"id"` // "null" for id null, empty when absent
		}
		if json.Unmarshal(raw, &call) != nil {
			return response{"2.0", null, jsonError{code, message}}, true // not a call object: answered with id null
		}
		if len(call.ID) == 0 {
			return response{}, false
		}
		return response{"2.0", call.ID, jsonError{code, message}}, true
	}
	var out any
	if bytes.HasPrefix(bytes.TrimLeft(msg, " \t\r\n"), []byte("[")) {
		var batch []json.RawMessage
		if json.Unmarshal(msg, &batch) != nil {
			return ErrorResponse(code, message)
		}
		var rs []response
		for _, raw := range batch {
			if r, ok := answer(raw); ok {
				rs = append(rs, r)
			}
		}
		if len(rs) == 0 {
			return nil
		}
		out = rs
	} else {
		r, ok := answer(msg)
		if !ok {
			return nil
		}
		out = r
	}
	return mustJSON(out)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // responses of valid ids and strings always encode
	}
	return b
}

// ErrorResponse is a JSON-RPC error response with id null: the body of a
// refused HTTP request, whose calls were not read.
func ErrorResponse(code int, message string) []byte {
	return mustJSON(response{"2.0", null, jsonError{code, message}})
}
