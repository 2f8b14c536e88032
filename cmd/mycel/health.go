package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// newHealthCmd is `mycel health`: the containers' healthcheck (the images
// have no shell, no curl).
func newHealthCmd() *cobra.Command {
	var url string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "health",
		Short: "GET a node's /health (or any URL): exit 0 on HTTP 200, non-zero otherwise (container healthchecks)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			line, err := checkHealth(ctx, url)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), line)
			return nil
		},
	}
	cmd.Flags().StringVar(&url, "url", "http://127.0.0.1:8645/health", "URL to GET")
	cmd.Flags().DurationVar(&timeout, "timeout", 5*time.Second, "give up after this long")
	return cmd
}

// checkHealth GETs url: on HTTP 200 it returns a one-line summary, otherwise
// an error naming the status code and the body's "status" (or the body).
func checkHealth(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", fmt.Errorf("health: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	summary := strings.TrimSpace(string(raw))
	var body struct {
		Status string `json:"status"`
	}
	if json.Unmarshal(raw, &body) == nil && body.Status != "" {
		summary = body.Status
	}
	if len(summary) > 200 {
		summary = summary[:200] + "..."
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("health: %s: HTTP %d: %s", url, resp.StatusCode, summary)
	}
	return fmt.Sprintf("%s: HTTP 200: %s", url, summary), nil
}
